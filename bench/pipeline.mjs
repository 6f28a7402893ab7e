// Pipeline throughput and streaming memory of the language engine.
// Prints items/s for the pipeline and for the same work as a foreach
// statement, each against a plain JavaScript loop measured in the same run,
// and the peak memory of `1..5000000 | Select-Object -Last 1` against a
// 10-item run of the same pipeline (flat memory means a ratio near 1).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Session } from '../dist/repl/engine/session.js';
import { CaptureHost } from '../dist/repl/host/capture-host.js';

const N = Number(process.env.BENCH_PIPELINE_N ?? 1_000_000);

async function timeScript(text) {
  const host = new CaptureHost({ width: 120 });
  const session = new Session({ host });
  const start = process.hrtime.bigint();
  const result = await session.run(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!result.ok) throw new Error(`script failed: ${host.stderr}`);
  return { seconds, output: host.stdout.trim() };
}

function baselineLoop() {
  const start = process.hrtime.bigint();
  let sum = 0;
  for (let i = 1; i <= N; i++) if (i % 3 === 0) sum += i * 2;
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, sum };
}

async function throughput() {
  const base = baselineLoop();
  const pipe = await timeScript(`1..${N} | Where-Object { $_ % 3 -eq 0 } | ForEach-Object { $_ * 2 } | Measure-Object -Sum | Select-Object -ExpandProperty Sum`);
  const loop = await timeScript(`$s = 0; foreach ($i in 1..${N}) { if ($i % 3 -eq 0) { $s += $i * 2 } }; $s`);
  if (String(base.sum) !== pipe.output || String(base.sum) !== loop.output) {
    throw new Error(`results differ: js ${base.sum}, pipeline ${pipe.output}, foreach ${loop.output}`);
  }
  const rate = (s) => Math.round(N / s);
  console.log(`items: ${N}`);
  console.log(`pipeline  (Where | ForEach | Measure): ${rate(pipe.seconds).toLocaleString('en-US')} items/s`);
  console.log(`foreach statement, same work:         ${rate(loop.seconds).toLocaleString('en-US')} items/s`);
  console.log(`plain JS loop baseline:               ${rate(base.seconds).toLocaleString('en-US')} items/s`);
  console.log(`ratio pipeline/foreach: ${(loop.seconds / pipe.seconds).toFixed(2)}x speed; pipeline is ${(pipe.seconds / base.seconds).toFixed(0)}x slower than plain JS`);
}

function peakRss(count) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--memory-child', String(count)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

async function memoryChild(count) {
  const { output } = await timeScript(`1..${count} | Select-Object -Last 1`);
  console.log(JSON.stringify({ output, maxRssKb: process.resourceUsage().maxRSS }));
}

if (process.argv[2] === '--memory-child') {
  await memoryChild(Number(process.argv[3]));
} else {
  await throughput();
  const small = peakRss(10);
  const big = peakRss(5_000_000);
  console.log(`peak RSS, 1..10 | Select-Object -Last 1:        ${(small.maxRssKb / 1024).toFixed(1)} MiB`);
  console.log(`peak RSS, 1..5000000 | Select-Object -Last 1:   ${(big.maxRssKb / 1024).toFixed(1)} MiB (output ${big.output}); ratio ${(big.maxRssKb / small.maxRssKb).toFixed(2)}`);
}
