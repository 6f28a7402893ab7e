/**
 * When and how long to wait before trying a request again
 * (exo-protocol.md §2.11): 429 (honouring Retry-After), 503/504, the
 * tenant concurrency message under any status, transient Exchange
 * exceptions, dropped connections and timeouts. Capped exponential backoff
 * with jitter; a bounded number of attempts.
 */

export const CONCURRENCY_TEXT = 'maximum number of concurrent requests';
const TRANSIENT_EXCEPTIONS = /DCOverloadedException|SuitabilityDirectoryException|ServerInMMException|ADServerSettingsChangedException|StorageTransientException/;
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED']);

export interface RetryPolicy {
  /** Total attempts, first included (the module: 6). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0..1: the share of each delay that is randomised. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 2000, maxDelayMs: 60_000, jitter: 0.2 };

export interface HttpOutcome {
  status: number;
  headers: Headers;
  text: string;
}

/** Why a response is worth another try, or undefined when it is final. */
export function retryReason(res: HttpOutcome): string | undefined {
  if (res.status >= 200 && res.status < 300) return undefined;
  if (res.text.includes(CONCURRENCY_TEXT)) return 'the tenant has reached the maximum number of concurrent requests';
  if (res.status === 429) return 'the service is throttling requests (429)';
  if (res.status === 503 || res.status === 504) return `the service is unavailable (${res.status})`;
  if (TRANSIENT_EXCEPTIONS.test(res.text)) return `a transient service error (${TRANSIENT_EXCEPTIONS.exec(res.text)![0]})`;
  return undefined;
}

/** Why a failed fetch is worth another try (a reset, a hang-up, a timeout), or undefined. */
export function transportRetryReason(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  if (e.name === 'TimeoutError') return 'the request timed out';
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; cur = cur.cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return `the connection failed (${code})`;
    if (/socket hang up|other side closed|ECONNRESET|terminated/i.test(cur.message)) return 'the connection was dropped';
  }
  return undefined;
}

/** Retry-After as seconds (decimals allowed) or an HTTP date, in ms. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const v = headers.get('retry-after')?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before attempt `retry + 1` (retry counts from 0); the service's Retry-After is honoured as given, as the module does. */
export function backoffMs(policy: RetryPolicy, retry: number, serverHint?: number, random = Math.random): number {
  if (serverHint !== undefined) return serverHint;
  const raw = Math.min(policy.baseDelayMs * 2 ** retry, policy.maxDelayMs);
  return Math.round(raw * (1 - policy.jitter + policy.jitter * random()));
}

/** Waits, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
