import type { SandboxRequest, SandboxResponse } from './http/types.js';

/**
 * Fault injection, all off by default, configured through the management
 * API. Each fault applies to requests whose path starts with `pathPrefix`
 * (default: everything except the management API itself).
 */
export interface FaultSettings {
  pathPrefix?: string;
  /** Added delay before each matching request is handled. */
  latencyMs?: number;
  /** After `limit` requests per tenant in `windowSeconds`, refuse with the chosen shape. */
  throttle?: {
    limit: number;
    windowSeconds: number;
    retryAfterSeconds?: number;
    /** 'too-many-requests': 429 + Retry-After; 'concurrent-requests': the tenant concurrency message, which arrives as plain text with a non-429 status. */
    style?: 'too-many-requests' | 'concurrent-requests';
    status?: number;
  };
  /** Answer with a 5xx; `count` limits it to the next N matching requests. */
  serverError?: { status?: number; count?: number };
  /** Close the connection without answering; `count` limits it to the next N matching requests. */
  drop?: { count?: number };
  /** Every access token issued so far is treated as expired (401 at the Exchange API). */
  expireTokens?: boolean;
}

export const CONCURRENCY_MESSAGE = 'You have reached the maximum number of concurrent requests per tenant. Please wait and try again.';

export class FaultSettingsError extends Error {}

export class Faults {
  private settings: FaultSettings = {};
  private windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly onExpireTokens: () => void) {}

  get(): FaultSettings {
    return structuredClone(this.settings);
  }

  /** Replaces the fault settings after validating them. */
  set(input: unknown): FaultSettings {
    const next = parseFaultSettings(input);
    this.settings = next;
    this.windows.clear();
    if (next.expireTokens) this.onExpireTokens();
    return this.get();
  }

  clear(): void {
    this.settings = {};
    this.windows.clear();
  }

  /** Returns a response that replaces normal handling, or undefined to go on. */
  async apply(req: SandboxRequest): Promise<SandboxResponse | undefined> {
    const s = this.settings;
    const prefix = (s.pathPrefix ?? '/').toLowerCase();
    const path = req.path.toLowerCase();
    if (path.startsWith('/_sandbox/') || !path.startsWith(prefix)) return undefined;
    if (s.latencyMs) await new Promise((r) => setTimeout(r, s.latencyMs));
    if (s.drop) {
      if (s.drop.count !== undefined && s.drop.count <= 0) delete s.drop;
      else {
        if (s.drop.count !== undefined) s.drop.count--;
        return { status: 0, drop: true };
      }
    }
    if (s.serverError) {
      if (s.serverError.count !== undefined && s.serverError.count <= 0) delete s.serverError;
      else {
        if (s.serverError.count !== undefined) s.serverError.count--;
        return serverErrorResponse(s.serverError.status ?? 503);
      }
    }
    if (s.throttle) return this.throttle(req, s.throttle);
    return undefined;
  }

  private throttle(req: SandboxRequest, t: NonNullable<FaultSettings['throttle']>): SandboxResponse | undefined {
    const key = tenantOf(req.path);
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= t.windowSeconds * 1000) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count <= t.limit) return undefined;
    const retryAfter = t.retryAfterSeconds ?? Math.max(1, Math.ceil((w.start + t.windowSeconds * 1000 - now) / 1000));
    const reset = new Date(w.start + t.windowSeconds * 1000).toISOString();
    if (t.style === 'concurrent-requests') {
      return { status: t.status ?? 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: CONCURRENCY_MESSAGE };
    }
    return {
      status: t.status ?? 429,
      headers: {
        'retry-after': String(retryAfter),
        'rate-limit-limit': String(t.limit),
        'rate-limit-remaining': '0',
        'rate-limit-reset': reset,
      },
      body: { error: { code: 'TooManyRequests', message: `Too many requests. Retry after ${retryAfter} seconds.` } },
    };
  }
}

function serverErrorResponse(status: number): SandboxResponse {
  const reason: Record<number, string> = { 500: 'InternalServerError', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout' };
  return {
    status,
    body: { error: { code: reason[status] ?? 'ServerError', message: 'The service is temporarily unavailable. Please try again later.' } },
  };
}

/** Throttling counts per tenant, as the service does; other paths share one bucket. */
function tenantOf(path: string): string {
  const m = /^\/adminapi\/[^/]+\/([^/]+)/i.exec(path);
  return m ? m[1]!.toLowerCase() : '*';
}

function parseFaultSettings(input: unknown): FaultSettings {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new FaultSettingsError('Fault settings must be a JSON object.');
  const o = input as Record<string, unknown>;
  const known = ['pathPrefix', 'latencyMs', 'throttle', 'serverError', 'drop', 'expireTokens'];
  for (const k of Object.keys(o)) if (!known.includes(k)) throw new FaultSettingsError(`Unknown fault '${k}'. Known faults: ${known.join(', ')}.`);
  const out: FaultSettings = {};
  if (o.pathPrefix !== undefined) out.pathPrefix = str(o.pathPrefix, 'pathPrefix');
  if (o.latencyMs !== undefined) out.latencyMs = num(o.latencyMs, 'latencyMs');
  if (o.expireTokens !== undefined) out.expireTokens = bool(o.expireTokens, 'expireTokens');
  if (o.throttle !== undefined) {
    const t = obj(o.throttle, 'throttle');
    const style = t.style === undefined ? undefined : str(t.style, 'throttle.style');
    if (style !== undefined && style !== 'too-many-requests' && style !== 'concurrent-requests') {
      throw new FaultSettingsError("throttle.style must be 'too-many-requests' or 'concurrent-requests'.");
    }
    out.throttle = {
      limit: num(t.limit, 'throttle.limit'),
      windowSeconds: num(t.windowSeconds ?? 60, 'throttle.windowSeconds'),
      ...(t.retryAfterSeconds !== undefined ? { retryAfterSeconds: num(t.retryAfterSeconds, 'throttle.retryAfterSeconds') } : {}),
      ...(style ? { style } : {}),
      ...(t.status !== undefined ? { status: httpStatus(t.status, 'throttle.status') } : {}),
    };
  }
  if (o.serverError !== undefined) {
    const e = obj(o.serverError, 'serverError');
    out.serverError = {
      ...(e.status !== undefined ? { status: httpStatus(e.status, 'serverError.status') } : {}),
      ...(e.count !== undefined ? { count: num(e.count, 'serverError.count') } : {}),
    };
  }
  if (o.drop !== undefined) {
    const d = obj(o.drop, 'drop');
    out.drop = d.count !== undefined ? { count: num(d.count, 'drop.count') } : {};
  }
  return out;
}

function obj(v: unknown, name: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new FaultSettingsError(`${name} must be an object.`);
  return v as Record<string, unknown>;
}
function num(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new FaultSettingsError(`${name} must be a number of at least 0.`);
  return v;
}
function str(v: unknown, name: string): string {
  if (typeof v !== 'string') throw new FaultSettingsError(`${name} must be a string.`);
  return v;
}
function bool(v: unknown, name: string): boolean {
  if (typeof v !== 'boolean') throw new FaultSettingsError(`${name} must be true or false.`);
  return v;
}
function httpStatus(v: unknown, name: string): number {
  const n = num(v, name);
  if (!Number.isInteger(n) || n < 400 || n > 599) throw new FaultSettingsError(`${name} must be an HTTP error status (400-599).`);
  return n;
}
