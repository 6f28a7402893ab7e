// Table explorer: time from a key press to the updated frame while scrolling
// a 100,000-row table (median, p99) against the same scroll over 100 rows
// measured in the same run; time to the first rows of a streamed result
// against the arrival of its first page (the explorer alone, and through
// `... | Out-ConsoleGridView` in the shell); and the explorer's memory at
// 100,000 rows against the memory of the row objects alone.
// Imports from dist/: `npm run build` first.
import { EventEmitter } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import React from 'react';
import { render } from 'ink';
import { PSObject } from '../dist/repl/values/psobject.js';
import { TableExplorer } from '../dist/views/explorer/table-explorer.js';
import { explorerReducer, initialState } from '../dist/views/explorer/explorer-state.js';
import { Session } from '../dist/repl/engine/session.js';
import { CaptureHost } from '../dist/repl/host/capture-host.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const N = Number(process.env.BENCH_TUI_N ?? 100_000);
const PRESSES = Number(process.env.BENCH_TUI_PRESSES ?? 300);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 80;
  rows = 24;
  frames = 0;
  /** The most recent output; a frame may arrive in several writes. */
  last = '';
  waiters = [];
  write(text) {
    this.frames++;
    this.last = (this.last + text).slice(-20_000);
    for (const w of this.waiters.splice(0)) w();
    return true;
  }
  nextFrame() {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  data = null;
  setRawMode() {}
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  press(key) {
    this.data = key;
    this.emit('readable');
    this.emit('data', key);
  }
}

const mailbox = (i) => new PSObject({
  DisplayName: `User ${i}`, Alias: `user${i}`, PrimarySmtpAddress: `user${i}@contoso.com`, ItemCount: (i * 7919) % 100_000,
});

async function* fromArray(items) {
  yield* items;
}

function mount(source) {
  let exited;
  const ui = mountRequest({ title: 'Get-EXOMailbox', source, outputMode: 'Multiple' }, (r) => { exited = r; });
  return { ...ui, exited: () => exited };
}

function mountRequest(request, onExit) {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const app = render(React.createElement(TableExplorer, { title: request.title, source: request.source, outputMode: request.outputMode, onExit }), {
    stdout, stdin, stderr: new FakeStdout(), exitOnCtrlC: false, patchConsole: false,
  });
  return { app, stdout, stdin };
}

async function waitFor(stdout, predicate, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!predicate(stdout.last)) {
    if (Date.now() > end) throw new Error(`timed out; last frame:\n${stdout.last}`);
    await Promise.race([stdout.nextFrame(), sleep(50)]);
  }
}

const loaded = (count) => (f) => f.lastIndexOf(`${count.toLocaleString('en-US')} rows`) > f.lastIndexOf('(streaming');

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Key press to the next frame written, for down-arrow presses at a human key-repeat pace. */
async function scrollTimes(count) {
  const items = Array.from({ length: count }, (_, i) => mailbox(i));
  const ui = mount(fromArray(items));
  await waitFor(ui.stdout, loaded(count));
  await sleep(100);
  const times = [];
  let pos = 0;
  let step = 1;
  for (let i = 0; i < PRESSES; i++) {
    // Down (with a PgDn now and then) to the end, then back up: every press changes the frame.
    const page = i % 25 === 24;
    if (pos + (page ? 20 : 1) * step > count - 1 || pos + (page ? 20 : 1) * step < 0) step = -step;
    const key = page ? (step > 0 ? '\u001B[6~' : '\u001B[5~') : step > 0 ? '\u001B[B' : '\u001B[A';
    pos += (page ? 20 : 1) * step;
    const frame = ui.stdout.nextFrame();
    const t0 = performance.now();
    ui.stdin.press(key);
    const shown = await Promise.race([frame.then(() => true), sleep(1000).then(() => false)]);
    if (!shown) throw new Error(`no frame after key ${i}`);
    times.push(performance.now() - t0);
    await sleep(35);
  }
  ui.app.unmount();
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99) };
}

/** Pages of 1,000 rows, 50 ms apart, like a paging cmdlet. */
async function firstRows() {
  const pageMs = 50;
  let firstPageAt = 0;
  async function* pages() {
    for (let p = 0; p < 20; p++) {
      await sleep(pageMs);
      if (p === 0) firstPageAt = performance.now();
      for (let i = 0; i < 1000; i++) yield mailbox(p * 1000 + i);
    }
  }
  const t0 = performance.now();
  const ui = mount(pages());
  await waitFor(ui.stdout, (f) => f.includes('User 0 '));
  const shown = performance.now();
  ui.stdin.press('q');
  await sleep(50);
  ui.app.unmount();
  return { sinceStart: shown - t0, sinceFirstPage: shown - firstPageAt, pageMs };
}

/**
 * The same pages through the shell: `Get-BenchPage | Out-ConsoleGridView`, the
 * cmdlet streaming pipeline input into the explorer as the pipeline produces it.
 */
async function firstRowsThroughOcgv() {
  const pageMs = 50;
  let firstPageAt = 0;
  const pagesCmdlet = {
    name: 'Get-BenchPage', synopsis: 'Pages of mailboxes for the benchmark.', parameters: [],
    create: () => ({
      async *process() {
        for (let p = 0; p < 20; p++) {
          await sleep(pageMs);
          if (p === 0) firstPageAt = performance.now();
          for (let i = 0; i < 1000; i++) yield mailbox(p * 1000 + i);
        }
      },
    }),
  };
  let ui;
  class ExploringHost extends CaptureHost {
    height = 24;
    explore(request) {
      return new Promise((resolve) => {
        ui = mountRequest(request, (r) => resolve(r.chosen));
      });
    }
  }
  const session = new Session({ host: new ExploringHost({ width: 80, interactive: true }), commands: [pagesCmdlet] });
  const t0 = performance.now();
  const done = session.run('Get-BenchPage | Out-ConsoleGridView');
  while (!ui) await sleep(1);
  await waitFor(ui.stdout, (f) => f.includes('User 0 '));
  const shown = performance.now();
  ui.stdin.press('q');
  await done;
  ui.app.unmount();
  return { sinceStart: shown - t0, sinceFirstPage: shown - firstPageAt, pageMs };
}

function memory() {
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

async function explorerMemory() {
  const before = memory();
  const items = Array.from({ length: N }, (_, i) => mailbox(i));
  const objects = memory();
  const ui = mount(fromArray(items));
  await waitFor(ui.stdout, loaded(N));
  const after = memory();
  ui.app.unmount();
  const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
  return {
    objectsHeap: mb(objects.heap - before.heap),
    explorerHeap: mb(after.heap - objects.heap),
    objectsRss: mb(objects.rss - before.rss),
    explorerRss: mb(after.rss - objects.rss),
  };
}

/** Reducer time of the whole-table actions (sort, filter) at N rows. */
function wholeTableActions() {
  let state = initialState(80, 24);
  const items = Array.from({ length: N }, (_, i) => mailbox(i));
  for (let i = 0; i < N; i += 1000) state = explorerReducer(state, { type: 'append', items: items.slice(i, i + 1000) });
  gc();
  const time = (action) => {
    const t0 = performance.now();
    state = explorerReducer(state, action);
    return performance.now() - t0;
  };
  return {
    sortText: time({ type: 'sortByLetter', letter: 'D' }),
    sortNumber: time({ type: 'sortByLetter', letter: 'I' }),
    filter: time({ type: 'setFilter', text: 'user1\\d*7' }),
    clear: time({ type: 'setFilter', text: '' }),
  };
}

const ms = (x) => `${x.toFixed(2)} ms`;
const baseline = await scrollTimes(100);
const big = await scrollTimes(N);
console.log(`key -> frame, ${N.toLocaleString('en-US')} rows: median ${ms(big.median)}, p99 ${ms(big.p99)}  (baseline 100 rows: median ${ms(baseline.median)}, p99 ${ms(baseline.p99)}; ${PRESSES} presses each)`);
const whole = wholeTableActions();
console.log(`whole-table actions, ${N.toLocaleString('en-US')} rows: sort by text ${ms(whole.sortText)}, by number ${ms(whole.sortNumber)}, regex filter ${ms(whole.filter)}, clear filter ${ms(whole.clear)}`);
const first = await firstRows();
console.log(`first rows of a streamed result: ${ms(first.sinceFirstPage)} after the first page arrived (${ms(first.sinceStart)} after mount; pages ${first.pageMs} ms apart)`);
const piped = await firstRowsThroughOcgv();
console.log(`first rows through 'Get-BenchPage | Out-ConsoleGridView': ${ms(piped.sinceFirstPage)} after the first page arrived (${ms(piped.sinceStart)} after the command started; pages ${piped.pageMs} ms apart)`);
const mem = await explorerMemory();
console.log(`memory at ${N.toLocaleString('en-US')} rows: explorer heap +${mem.explorerHeap}, RSS +${mem.explorerRss}  (baseline, the row objects alone: heap +${mem.objectsHeap}, RSS +${mem.objectsRss})`);
process.exit(0);
