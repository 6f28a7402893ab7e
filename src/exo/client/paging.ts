/**
 * Lazy, pipelined paging: the next page is requested as soon as the current
 * one arrives, so it downloads while the current page flows down the
 * pipeline; nothing more is requested once the consumer stops pulling or the
 * signal aborts, and an unread prefetch is cancelled. Without `prefetch`
 * (Connect-ExchangeOnline -UseMultithreading $false) a page is requested only
 * once the previous one has been consumed.
 */

export interface Page<T> {
  items: T[];
  /** Requests the following page; absent on the last page. */
  next?: (signal: AbortSignal) => Promise<Page<T>>;
}

export async function* pipelinedPages<T>(first: (signal: AbortSignal) => Promise<Page<T>>, signal?: AbortSignal, prefetch = true): AsyncGenerator<T, void, undefined> {
  signal?.throwIfAborted();
  const inner = new AbortController();
  const onAbort = () => inner.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let pending: Promise<Page<T>> | undefined = settled(first(inner.signal));
    while (pending) {
      const page: Page<T> = await pending;
      pending = page.next && prefetch ? settled(page.next(inner.signal)) : undefined;
      for (const item of page.items) {
        inner.signal.throwIfAborted();
        yield item;
      }
      if (page.next && !prefetch) pending = page.next(inner.signal);
    }
  } finally {
    inner.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A prefetch may fail before anyone awaits it; the failure is reported when the consumer reaches that page. */
function settled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
