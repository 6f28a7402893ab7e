import type { SandboxRequest } from './types.js';

export interface LoggedRequest {
  time: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

/** Form fields whose values never reach the log. */
const SECRET_FIELDS = ['password', 'passwd', 'client_secret'];

/**
 * The log of requests the sandbox received, so tests can check what a client
 * sent. Credentials are redacted: the Authorization value, and passwords or
 * secrets in form bodies.
 */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly capacity = 5000) {}

  record(req: SandboxRequest): void {
    const headers = { ...req.headers };
    if (headers.authorization !== undefined) headers.authorization = redactAuthorization(headers.authorization);
    this.entries.push({
      time: new Date().toISOString(),
      method: req.method,
      path: req.path,
      query: req.query.toString(),
      headers,
      body: redactBody(req.body, headers['content-type'] ?? ''),
    });
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

function redactAuthorization(value: string): string {
  const scheme = value.split(' ')[0] ?? '';
  return scheme && scheme !== value ? `${scheme} <redacted>` : '<redacted>';
}

function redactBody(body: string, contentType: string): string {
  if (!contentType.startsWith('application/x-www-form-urlencoded') || body === '') return body;
  const form = new URLSearchParams(body);
  for (const field of SECRET_FIELDS) if (form.has(field)) form.set(field, '<redacted>');
  return form.toString();
}
