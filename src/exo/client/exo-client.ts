import { randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { connectHeaders, entitySetHeaders, invokeHeaders, routingHint } from './headers.js';
import { entitySetPath, type EntitySetRequest } from './odata-query.js';
import { pipelinedPages, type Page } from './paging.js';
import { backoffMs, DEFAULT_RETRY_POLICY, retryAfterMs, retryReason, sleep, transportRetryReason, type HttpOutcome, type RetryPolicy } from './retry.js';
import { serializeParameters } from './serialize-parameters.js';
import { ExoServiceError, serviceErrorFrom } from './service-error.js';
import { publicKeyFromXml, publicKeyXmlFromModule } from './encrypt-value.js';

/**
 * The Exchange admin REST client: InvokeCommand for the proxied cmdlets,
 * the OData entity sets for Get-EXO*, and the connect-time module file and
 * banner (exo-protocol.md §2–4). It speaks to any host the same way.
 */

export interface TokenSource {
  getToken(o?: { forceRefresh?: boolean; signal?: AbortSignal }): Promise<{ token: string; expiresOn: Date }>;
}

export interface ExoClientOptions {
  /** e.g. https://outlook.office365.com */
  baseUri: string;
  /** Tenant id or domain for the URL. */
  tenant: string;
  tokens: TokenSource;
  /** 1–1000, default 1000. */
  pageSize?: number;
  /** Fetch the next page while the current one flows downstream (default); false with -UseMultithreading $false. */
  prefetch?: boolean;
  /** The signed-in user's UPN for X-AnchorMailbox; absent for app-only sign-ins. */
  anchorMailbox?: string;
  connectionId: string;
  moduleVersion: string;
  fetch?: typeof fetch;
  onWarning?(msg: string): void;
  onRetry?(info: RetryInfo): void;
  /** Total attempts per request, default 6 (the module's 5 retries). */
  maxAttempts?: number;
  /** Backoff tuning (base and cap of the exponential wait, jitter share). */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  /** Per-request timeout, default 960 s (the module's). */
  timeoutMs?: number;
  /** `<RSAKeyValue>` for SecureString parameters; moduleFile() also sets it. */
  publicKeyXml?: string;
  /** `@adminapi.errors` of a successful response: non-terminating errors. */
  onError?(err: ExoServiceError): void;
}

/** A wait before another attempt: the attempt that failed, the bound, how long, and why. */
export interface RetryInfo {
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  reason: string;
  /** True when the service answered (throttling, 5xx), false when the connection itself failed. */
  fromService: boolean;
}

/**
 * Where one call's side output goes, so concurrent calls on one connection
 * each report to their own cmdlet; each falls back to the connection-wide
 * callback of ExoClientOptions.
 */
export interface CallSinks {
  onWarning?(msg: string): void;
  onError?(err: ExoServiceError): void;
  onRetry?(info: RetryInfo): void;
  /** A page arrived; `count` is how many of its objects the call passes on. */
  onPage?(count: number): void;
}

export interface InvokeOptions extends CallSinks {
  resultSize?: number | 'Unlimited';
  signal?: AbortSignal;
  /** `@adminapi.confirmationmessage`, the ShouldProcess text of a validation call (exo-protocol.md §2.9). */
  onConfirmationMessage?(message: string): void;
}

export const MORE_RESULTS_WARNING = 'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.';
export const DEFAULT_MODULE_VERSION = '3.9.0';

type Row = Record<string, unknown>;

interface ResultSizeLimit {
  /** Objects still wanted; Infinity for Unlimited. */
  remaining: number;
}

export class ExoClient {
  private readonly fetchFn: typeof fetch;
  private readonly pageSize: number;
  private readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private publicKey?: KeyObject;

  constructor(private readonly o: ExoClientOptions) {
    this.fetchFn = o.fetch ?? fetch;
    this.pageSize = o.pageSize && o.pageSize >= 1 && o.pageSize <= 1000 ? Math.floor(o.pageSize) : 1000;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...o.retry, maxAttempts: Math.max(1, o.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts) };
    this.timeoutMs = o.timeoutMs ?? 960_000;
    if (o.publicKeyXml) this.publicKey = publicKeyFromXml(o.publicKeyXml);
  }

  /** Connect-ExchangeOnline -UseMultithreading (on unless `prefetch: false`): the client may have several requests in flight for one cmdlet. */
  get multithreading(): boolean {
    return this.o.prefetch !== false;
  }

  private get base(): string {
    return this.o.baseUri.replace(/\/+$/, '');
  }

  private common(token: string, requestId: string, anchor?: string) {
    return { token, requestId, connectionId: this.o.connectionId, moduleVersion: this.o.moduleVersion, anchorMailbox: anchor ?? routingHint(this.o.anchorMailbox, this.o.tenant) };
  }

  /** Runs a cmdlet through `POST …/InvokeCommand`, paging lazily by `@odata.nextLink`. */
  invokeCommand(cmdlet: string, parameters: Record<string, unknown>, o: InvokeOptions = {}): AsyncGenerator<Row, void, undefined> {
    let call: PreparedCall;
    try {
      call = this.prepare(cmdlet, parameters, o.resultSize);
    } catch (e) {
      return failing(e);
    }
    return pipelinedPages((s) => this.fetchInvokePage(call, this.invokeUrl, o, s), o.signal, this.o.prefetch);
  }

  /**
   * Pipeline input as the module batches it (exo-protocol.md §2.8): one
   * `POST …/$batch` for up to ten calls of the same cmdlet; paged items go on
   * with ordinary nextLink POSTs, and an item that failed transiently is sent
   * again on its own with the retry policy. Results come back in input order.
   */
  async invokeBatch(cmdlet: string, items: Array<Record<string, unknown>>, o: Omit<InvokeOptions, 'resultSize'> = {}): Promise<BatchItemResult[]> {
    if (items.length === 0) return [];
    const signal = o.signal ?? NEVER;
    const requestId = randomUUID();
    const calls = items.map((p) => this.prepare(cmdlet, p, undefined, requestId));
    const batchUrl = `${this.base}/adminapi/beta/${this.o.tenant}/$batch`;
    const res = await this.send(cmdlet, (token) => {
      const requests = calls.map((c, i) => {
        // The outer request carries the token; it is not copied into the body.
        const { Authorization: _token, ...headers } = invokeHeaders({ ...this.common(token, requestId), cmdlet, pageSize: c.pageSize(), warningAction: c.warningAction });
        return { id: String(i), method: 'POST', url: this.invokeUrl, headers: { ...headers, Prefer: `odata.maxpagesize=${c.pageSize()};odata.continue-on-error`, 'Cmdlet-Name': cmdlet }, body: JSON.parse(c.body) as unknown };
      });
      const last = invokeHeaders({ ...this.common(token, requestId), cmdlet, pageSize: calls.at(-1)!.pageSize(), warningAction: calls.at(-1)!.warningAction });
      return [batchUrl, { method: 'POST', headers: { ...last, Prefer: 'odata.continue-on-error' }, body: JSON.stringify({ requests }) }];
    }, signal, o);
    const responses = (parseBody(res, cmdlet).responses ?? []) as Array<{ id?: unknown; status?: number; headers?: Record<string, string>; body?: unknown }>;
    const byId = new Map(responses.map((r) => [String(r.id), r]));
    const results: BatchItemResult[] = [];
    for (const [i, call] of calls.entries()) {
      const r = byId.get(String(i));
      const text = r ? (typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? {})) : '';
      const outcome: HttpOutcome = { status: r?.status ?? 0, headers: new Headers(r?.headers ?? {}), text };
      try {
        if (outcome.status >= 200 && outcome.status < 300) {
          const first = this.invokePage(call, parseBody(outcome, cmdlet), o);
          results.push({ rows: await drain(pipelinedPages(async () => first, signal)) });
        } else if (!r || outcome.status === 401 || retryReason(outcome)) {
          results.push({ rows: await drain(pipelinedPages((s) => this.fetchInvokePage(this.prepare(cmdlet, items[i]!), this.invokeUrl, o, s), signal)) });
        } else {
          results.push({ rows: [], error: serviceErrorFrom(outcome, cmdlet) });
        }
      } catch (e) {
        if (!(e instanceof ExoServiceError)) throw e;
        results.push({ rows: [], error: e });
      }
    }
    return results;
  }

  private get invokeUrl(): string {
    return `${this.base}/adminapi/beta/${this.o.tenant}/InvokeCommand`;
  }

  /** The body, ResultSize limit and WarningAction header of one InvokeCommand call. */
  private prepare(cmdlet: string, parameters: Record<string, unknown>, resultSizeOption?: number | 'Unlimited', requestId = randomUUID()): PreparedCall {
    const params = { ...parameters };
    const rsKey = Object.keys(params).find((k) => k.toLowerCase() === 'resultsize');
    const resultSize = resultSizeOption ?? (rsKey ? (params[rsKey] as number | 'Unlimited') : undefined);
    if (rsKey) delete params[rsKey];
    const limit = this.limitOf(resultSize, this.pageSize);
    const serialized = serializeParameters(params, { publicKey: this.publicKey });
    if (resultSize !== undefined) serialized.ResultSize = resultSize;
    const waKey = Object.keys(params).find((k) => k.toLowerCase() === 'warningaction');
    return {
      cmdlet,
      requestId,
      limit,
      body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: serialized } }),
      warningAction: waKey ? String(params[waKey]).replace(/^ignore$/i, 'SilentlyContinue') : undefined,
      pageSize: () => Math.min(limit.remaining, this.pageSize),
    };
  }

  private async fetchInvokePage(call: PreparedCall, url: string, o: InvokeOptions, signal: AbortSignal): Promise<Page<Row>> {
    const size = call.pageSize();
    const res = await this.send(call.cmdlet, (token) => [url, { method: 'POST', headers: invokeHeaders({ ...this.common(token, call.requestId), cmdlet: call.cmdlet, pageSize: size, warningAction: call.warningAction }), body: call.body }], signal, o);
    return this.invokePage(call, parseBody(res, call.cmdlet), o, size);
  }

  /** One InvokeCommand page: the module's rule for whether to follow the nextLink (exo-protocol.md §2.6). */
  private invokePage(call: PreparedCall, json: Row, o: InvokeOptions, size = call.pageSize()): Page<Row> {
    const items = Array.isArray(json.value) ? (json.value as Row[]) : [];
    const nextLink = typeof json['@odata.nextLink'] === 'string' ? (json['@odata.nextLink'] as string) : undefined;
    const { limit } = call;
    const more = nextLink !== undefined && (limit.remaining === Infinity || (items.length === size && limit.remaining > size));
    this.report(json, call.cmdlet, more, o);
    const kept = items.length > limit.remaining ? items.slice(0, limit.remaining) : items;
    limit.remaining -= kept.length;
    o.onPage?.(kept.length);
    return { items: kept, ...(more ? { next: (s: AbortSignal) => this.fetchInvokePage(call, nextLink!, o, s) } : {}) };
  }

  /** A Get-EXO* cmdlet over its OData entity set (exo-protocol.md §3). */
  entitySet(request: EntitySetRequest, o: CallSinks & { signal?: AbortSignal } = {}): AsyncGenerator<Row, void, undefined> {
    const requestId = randomUUID();
    const anchor = entityAnchor(request.identity, this.o.anchorMailbox, this.o.tenant);
    let limit: ResultSizeLimit;
    let first: string;
    try {
      limit = this.limitOf(request.resultSize, 1000);
      first = `${this.base}/adminapi/beta/${this.o.tenant}/${entitySetPath(request)}`;
    } catch (e) {
      return failing(e);
    }
    const fetchPage = async (pageUrl: string, signal: AbortSignal): Promise<Page<Row>> => {
      const size = Math.min(limit.remaining, this.pageSize);
      const res = await this.send(request.cmdlet, (token) => [pageUrl, { method: 'GET', headers: entitySetHeaders({ ...this.common(token, requestId, anchor), cmdlet: request.cmdlet, pageSize: size }) }], signal, o);
      const warn = o.onWarning ?? this.o.onWarning;
      for (const w of (res.headers.get('x-warnings') ?? '').split('<eow>')) if (w.trim()) warn?.(w.trim());
      const json = parseBody(res, request.cmdlet);
      // A keyed request answers with the entity itself rather than a collection.
      const items = Array.isArray(json.value) ? (json.value as Row[]) : 'value' in json ? [] : [json];
      const nextLink = typeof json['@odata.nextLink'] === 'string' ? (json['@odata.nextLink'] as string) : undefined;
      const kept = items.length > limit.remaining ? items.slice(0, limit.remaining) : items;
      limit.remaining -= kept.length;
      o.onPage?.(kept.length);
      const more = nextLink !== undefined && limit.remaining > 0;
      return { items: kept, ...(more ? { next: (s: AbortSignal) => fetchPage(nextLink!, s) } : {}) };
    };
    return pipelinedPages((s) => fetchPage(first, s), o.signal, this.o.prefetch);
  }

  /** `GET …/AdminApi/v1.0/{tenant}/EXOModuleFile`: the cmdlet list, the module text and its public key. */
  async moduleFile(o: { commandName?: string; signal?: AbortSignal } = {}): Promise<ModuleFile> {
    const requestId = randomUUID();
    const url = `${this.base}/AdminApi/v1.0/${this.o.tenant}/EXOModuleFile?Version=${encodeURIComponent(this.o.moduleVersion)}`;
    const res = await this.send('New-EXOModule', (token) => [url, { method: 'GET', headers: connectHeaders({ ...this.common(token, requestId), commandName: o.commandName }) }], o.signal ?? NEVER);
    const json = parseBody(res, 'New-EXOModule');
    const entry = (Array.isArray(json.value) ? json.value[0] : json) as Record<string, unknown> | undefined;
    const content = typeof entry?.fileContent === 'string' ? entry.fileContent : '';
    const moduleText = content ? decodeModuleText(content) : '';
    const publicKeyXml = publicKeyXmlFromModule(moduleText);
    if (publicKeyXml) this.publicKey = publicKeyFromXml(publicKeyXml);
    return {
      exportedCmdlets: typeof entry?.exportedCmdlets === 'string' ? entry.exportedCmdlets.split(',').map((s) => s.trim()).filter(Boolean) : [],
      fileName: typeof entry?.fileName === 'string' ? entry.fileName : '',
      moduleText,
      publicKeyXml,
      raw: entry ?? {},
      clientConfigurations: Object.fromEntries(
        (res.headers.get('x-clientconfigurations') ?? '').split(',').map((kv) => kv.split('=').map((s) => s.trim())).filter((kv) => kv[0]).map(([k, v]) => [k!, v ?? '']),
      ),
    };
  }

  /** The connect banner text, or undefined when the service has none; failures are not fatal, as in the module. */
  async banner(o: { signal?: AbortSignal } = {}): Promise<string | undefined> {
    const requestId = randomUUID();
    const url = `${this.base}/AdminApi/beta/${this.o.tenant}/EXOBanner('AutogenSession')?Version=${encodeURIComponent(this.o.moduleVersion)}`;
    try {
      const res = await this.send('Get-EXOBanner', (token) => [url, { method: 'GET', headers: connectHeaders({ ...this.common(token, requestId) }) }], o.signal ?? NEVER);
      const json = parseBody(res, 'Get-EXOBanner');
      return typeof json.moduleBannerContent === 'string' && json.moduleBannerContent ? json.moduleBannerContent : undefined;
    } catch (e) {
      if (o.signal?.aborted) throw e;
      return undefined;
    }
  }

  private limitOf(resultSize: number | 'Unlimited' | undefined, fallback: number): ResultSizeLimit {
    if (resultSize === undefined) return { remaining: fallback };
    if (typeof resultSize === 'string') {
      if (/^unlimited$/i.test(resultSize)) return { remaining: Infinity };
      const n = Number(resultSize);
      if (!Number.isInteger(n)) throw new RangeError(`Cannot convert value "${resultSize}" to type "Unlimited". ResultSize must be a number or Unlimited.`);
      resultSize = n;
    }
    if (resultSize <= 0) throw new RangeError('ResultSize must be greater than 0');
    return { remaining: resultSize };
  }

  /** Warnings (the "more results" one only on the last page), in-band errors and the confirmation text. */
  private report(json: Row, cmdlet: string, more: boolean, o: InvokeOptions): void {
    const warn = o.onWarning ?? this.o.onWarning;
    const fail = o.onError ?? this.o.onError;
    const warnings = Array.isArray(json['@adminapi.warnings']) ? json['@adminapi.warnings'] : [];
    for (const w of warnings) if (!(more && w === MORE_RESULTS_WARNING)) warn?.(String(w));
    const errors = Array.isArray(json['@adminapi.errors']) ? json['@adminapi.errors'] : [];
    for (const e of errors) fail?.(new ExoServiceError({ message: String(e), cmdlet, status: 200 }));
    const confirm = json['@adminapi.confirmationmessage'];
    if (typeof confirm === 'string' && confirm) o.onConfirmationMessage?.(confirm);
  }

  /**
   * One request with the retry policy: a fresh token per attempt, one forced
   * refresh after a 401, waits between attempts. Resolves with a 2xx
   * outcome; otherwise throws an ExoServiceError (or the signal's reason).
   */
  private async send(cmdlet: string, build: (token: string) => [string, RequestInit], signal: AbortSignal, sinks: CallSinks = {}): Promise<HttpOutcome> {
    let forceRefresh = false;
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      signal.throwIfAborted();
      const { token } = await this.o.tokens.getToken({ forceRefresh, signal });
      forceRefresh = false;
      const [url, init] = build(token);
      let outcome: HttpOutcome | undefined;
      let reason: string | undefined;
      try {
        const res = await this.fetchFn(url, { ...init, signal: AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]) });
        outcome = { status: res.status, headers: res.headers, text: await res.text() };
      } catch (e) {
        if (signal.aborted) throw signal.reason;
        reason = transportRetryReason(e);
        if (!reason || attempt >= this.policy.maxAttempts) throw transportError(e, cmdlet, reason);
      }
      if (outcome) {
        if (outcome.status >= 200 && outcome.status < 300) return outcome;
        if (outcome.status === 401 && !refreshed) {
          refreshed = forceRefresh = true;
          attempt--;
          continue;
        }
        reason = retryReason(outcome);
        if (!reason || attempt >= this.policy.maxAttempts) throw serviceErrorFrom(outcome, cmdlet);
      }
      const delayMs = backoffMs(this.policy, attempt - 1, outcome ? retryAfterMs(outcome.headers) : undefined);
      (sinks.onRetry ?? this.o.onRetry)?.({ attempt, maxAttempts: this.policy.maxAttempts, delayMs, reason: reason!, fromService: outcome !== undefined });
      await sleep(delayMs, signal);
    }
  }
}

interface PreparedCall {
  cmdlet: string;
  requestId: string;
  limit: ResultSizeLimit;
  body: string;
  warningAction?: string;
  /** min(remaining ResultSize, PageSize), for the next page's Prefer header. */
  pageSize(): number;
}

export interface BatchItemResult {
  rows: Row[];
  error?: ExoServiceError;
}

export interface ModuleFile {
  exportedCmdlets: string[];
  fileName: string;
  moduleText: string;
  publicKeyXml?: string;
  /** The whole `value[0]` entry, for fields other parts read (e.g. parameter metadata). */
  raw: Record<string, unknown>;
  clientConfigurations: Record<string, string>;
}

/** X-AnchorMailbox on the OData path: a GUID identity as `<guid>@<tenant>`, a UPN-like identity itself, else the caller (exo-protocol.md §3.3). */
function entityAnchor(identity: string | undefined, user: string | undefined, tenant: string): string {
  const id = identity?.split(':')[0];
  if (id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return `${id}@${tenant}`;
  if (id && /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(id)) return id;
  return routingHint(user, tenant);
}

const NEVER = new AbortController().signal;

/** Errors found before any request surface when the caller starts iterating, like the service's. */
async function* failing(e: unknown): AsyncGenerator<Row, void, undefined> {
  throw e;
}

async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function parseBody(res: HttpOutcome, cmdlet: string): Row {
  if (!res.text.trim()) return {};
  try {
    const json: unknown = JSON.parse(res.text);
    if (json && typeof json === 'object' && !Array.isArray(json)) return json as Row;
  } catch {
    // falls through: a 2xx that is not JSON is a service fault
  }
  throw serviceErrorFrom({ ...res, status: res.status }, cmdlet);
}

/** base64 of gzip, or plain base64 when the service did not compress it. */
function decodeModuleText(content: string): string {
  const bytes = Buffer.from(content, 'base64');
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

function transportError(e: unknown, cmdlet: string, reason: string | undefined): ExoServiceError {
  const detail = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
  const message = reason
    ? `The request failed after several attempts because ${reason}: ${detail}`
    : `An error occurred while sending the request: ${detail}`;
  return new ExoServiceError({ message, cmdlet, status: 0, category: 'ConnectionError', reason: 'HttpRequestException' });
}
