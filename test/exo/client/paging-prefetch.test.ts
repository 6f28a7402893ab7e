import { describe, expect, it } from 'vitest';
import { pipelinedPages, type Page } from '../../../src/exo/client/paging.js';

/** Three pages of two items; records when each page is requested relative to the items consumed. */
function pages() {
  const log: string[] = [];
  const page = (n: number) => async (): Promise<Page<string>> => {
    log.push(`request ${n}`);
    return { items: [`${n}a`, `${n}b`], ...(n < 3 ? { next: page(n + 1) } : {}) };
  };
  return { log, first: page(1) };
}

describe('pipelinedPages', () => {
  it('requests the next page as soon as a page arrives', async () => {
    const { log, first } = pages();
    for await (const item of pipelinedPages(first)) log.push(item);
    expect(log).toEqual(['request 1', 'request 2', '1a', '1b', 'request 3', '2a', '2b', '3a', '3b']);
  });

  it('without prefetch, requests a page only once the previous one is consumed, and none after the consumer stops', async () => {
    const { log, first } = pages();
    for await (const item of pipelinedPages(first, undefined, false)) {
      log.push(item);
      if (item === '2a') break;
    }
    expect(log).toEqual(['request 1', '1a', '1b', 'request 2', '2a']);
  });
});
