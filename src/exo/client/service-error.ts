/**
 * Service errors as PowerShell error records need them (exo-protocol.md
 * §2.10, exo-cmdlets.md §4.1): the `ExNNNN|Type|text` message, a
 * CategoryInfo, and the FullyQualifiedErrorId
 * `[Server=…,RequestId=…,TimeStamp=…]`.
 */

/** System.Management.Automation.ErrorCategory, by value, for integer `details[0].code`. */
const ERROR_CATEGORIES = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData', 'InvalidOperation',
  'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled', 'ObjectNotFound', 'OperationStopped', 'OperationTimeout',
  'SyntaxError', 'ParserError', 'PermissionDenied', 'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError',
  'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
] as const;

export const GENERIC_SERVER_ERROR =
  'A server side error has occurred because of which the operation could not be completed. Please try again after some time. If the problem still persists, please reach out to MS support.';

export interface ServiceErrorInit {
  message: string;
  cmdlet: string;
  status: number;
  category?: string;
  /** Full .NET type from the detail string, e.g. Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException. */
  exceptionType?: string;
  /** The `ExNNNNNN` string id, when the service gave one. */
  errorCode?: string;
  /** CategoryInfo.Reason: the `x-ExceptionType` header, else the short exception type. */
  reason?: string;
  targetName?: string;
  targetType?: string;
  server?: string;
  requestId?: string;
  timeStamp?: string;
  /** The OData error code (`NotFound`, `Forbidden`, …). */
  odataCode?: string;
  warnings?: string[];
}

export class ExoServiceError extends Error {
  readonly cmdlet: string;
  readonly status: number;
  readonly category: string;
  readonly exceptionType: string;
  readonly errorCode: string;
  readonly reason: string;
  readonly targetName: string;
  readonly targetType: string;
  readonly server: string;
  readonly requestId: string;
  readonly timeStamp: string;
  readonly odataCode: string;
  readonly warnings: string[];

  constructor(init: ServiceErrorInit) {
    super(init.message);
    this.name = 'ExoServiceError';
    this.cmdlet = init.cmdlet;
    this.status = init.status;
    this.category = init.category ?? 'NotSpecified';
    this.exceptionType = init.exceptionType ?? '';
    this.errorCode = init.errorCode ?? '';
    this.reason = init.reason || shortType(this.exceptionType) || 'Exception';
    this.targetName = init.targetName ?? '';
    this.targetType = init.targetType ?? '';
    this.server = init.server ?? '';
    this.requestId = init.requestId ?? '';
    this.timeStamp = init.timeStamp ?? '';
    this.odataCode = init.odataCode ?? '';
    this.warnings = init.warnings ?? [];
  }

  /** `[Server=…,RequestId=…,TimeStamp=…]`, the module's ErrorId (it appends `,Write-ErrorMessage` as the command). */
  get errorId(): string {
    return `[Server=${this.server},RequestId=${this.requestId},TimeStamp=${this.timeStamp}]`;
  }

  /** Proxied cmdlets report from the module's Write-ErrorMessage; the compiled Get-EXO* cmdlets name their class. */
  get fullyQualifiedErrorId(): string {
    const exo = /^Get-EXO(\w+)$/i.exec(this.cmdlet);
    const source = exo ? `Microsoft.Exchange.Management.RestApiClient.GetExo${exo[1]![0]!.toUpperCase()}${exo[1]!.slice(1)}` : 'Write-ErrorMessage';
    return `${this.errorId},${source}`;
  }

  /** `NotSpecified: (:) [Get-Mailbox], ManagementObjectNotFoundException`. */
  get categoryInfo(): string {
    return `${this.category}: (${this.targetName}:${this.targetType}) [${this.cmdlet}], ${this.reason}`;
  }
}

interface ODataErrorBody {
  error?: {
    code?: string;
    message?: string;
    details?: Array<{ code?: unknown; target?: string; message?: string }>;
    innererror?: { message?: string; internalexception?: { message?: string } };
  };
  '@adminapi.warnings'?: unknown;
}

export interface FailedResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Builds the error from a failed response; a body that is not the OData error shape gets the module's generic text. */
export function serviceErrorFrom(res: FailedResponse, cmdlet: string): ExoServiceError {
  const context = {
    cmdlet,
    status: res.status,
    server: (res.headers.get('x-calculatedbetarget') ?? '').split('.')[0] ?? '',
    requestId: res.headers.get('request-id') ?? res.headers.get('client-request-id') ?? '',
    timeStamp: res.headers.get('date') ?? new Date().toUTCString(),
    reason: res.headers.get('x-exceptiontype') ?? undefined,
    targetType: res.headers.get('x-exceptiontargettype') ?? undefined,
  };
  // The module writes a throttling response's body text as it is.
  if (res.status === 429) return new ExoServiceError({ ...context, message: res.text.trim() || 'Too many requests.', category: 'LimitsExceeded' });
  const body = parseJson(res.text) as ODataErrorBody | undefined;
  const err = body?.error;
  if (!err) {
    const text = res.text.trim();
    return new ExoServiceError({ ...context, message: text && !/^\s*</.test(text) && text.length < 2000 ? text : GENERIC_SERVER_ERROR });
  }
  const detail = err.details?.[0];
  const raw = detail?.message || err.innererror?.internalexception?.message || err.message || GENERIC_SERVER_ERROR;
  const parsed = parseDetail(raw);
  const warnings = Array.isArray(body['@adminapi.warnings']) ? body['@adminapi.warnings'].map(String) : [];
  return new ExoServiceError({
    ...context,
    message: parsed.message,
    exceptionType: parsed.exceptionType,
    errorCode: parsed.errorCode,
    category: categoryOf(detail?.code),
    targetName: detail?.target ?? '',
    odataCode: err.code,
    warnings,
  });
}

/** `ExNNNN|Type|text`, or the JSON `{localizedString:{stringId}, ClassName, Message}` form; the message keeps the module's joined form. */
function parseDetail(raw: string): { message: string; exceptionType: string; errorCode: string } {
  const json = parseJson(raw) as { localizedString?: { stringId?: string }; ClassName?: string; Message?: string } | undefined;
  if (json && typeof json === 'object' && (json.ClassName || json.Message)) {
    const errorCode = json.localizedString?.stringId ?? '';
    const exceptionType = json.ClassName ?? '';
    return { message: `${errorCode}|${exceptionType}|${json.Message ?? ''}`, exceptionType, errorCode };
  }
  const m = /^([^|\s]*)\|([\w.`+]*)\|([\s\S]*)$/.exec(raw);
  if (m) return { message: raw, errorCode: m[1]!, exceptionType: m[2]! };
  return { message: raw, exceptionType: '', errorCode: '' };
}

function categoryOf(code: unknown): string {
  const n = typeof code === 'number' ? code : typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : NaN;
  return ERROR_CATEGORIES[n] ?? 'NotSpecified';
}

function shortType(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The text after the `ExNNNN|Type|` prefix, for callers that show only the human part. */
export function plainMessage(err: ExoServiceError): string {
  const m = /^[^|\s]*\|[\w.`+]*\|([\s\S]*)$/.exec(err.message);
  return m ? m[1]! : err.message;
}
