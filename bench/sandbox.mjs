// Sandbox throughput: start-up and memory at N mailboxes, and full mailbox
// objects per second served when paging all of them by @odata.nextLink with
// plain fetch, against a bare HTTPS server replaying pages of the same size
// (the baseline: what TLS, HTTP and JSON.parse alone cost on this machine).
//
//   node bench/sandbox.mjs [--mailboxes 100000] [--page 1000] [--dist dist]
import https from 'node:https';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    mailboxes: { type: 'string', default: '100000' },
    page: { type: 'string', default: '1000' },
    dist: { type: 'string', default: 'dist' },
  },
});
const MAILBOXES = Number(args.mailboxes);
const PAGE = Number(args.page);
const DOMAIN = 'contoso.onmicrosoft.com';
const EXO_CLIENT_ID = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';
let resets = 0;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

const { startSandbox } = await import(pathToFileURL(resolve(args.dist, 'sandbox/index.js')).href);

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const sb = await startSandbox({ mailboxes: MAILBOXES, autoApprove: true });
// The default tenant is seeded by start-up; the first token makes sure its Exchange data exists.
tls.setDefaultCACertificates([...tls.getCACertificates('default'), sb.caPem]);
const token = await signIn(sb.origin);
await invoke(sb.origin, token, { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 1 } });
const startupMs = performance.now() - t0;
global.gc?.();
const rss = process.memoryUsage().rss;

console.log(`sandbox: ${MAILBOXES} mailboxes, page size ${PAGE}`);
console.log(`  start-up to ready       ${(startupMs / 1000).toFixed(2)} s`);
console.log(`  RSS after start-up      ${mib(rss)} (process before start: ${mib(rssBefore)})`);

const auth = { authorization: `Bearer ${token}` };
const invokeFirst = {
  url: `${sb.origin}/adminapi/beta/${DOMAIN}/InvokeCommand`,
  init: { method: 'POST', headers: { ...auth, 'content-type': 'application/json', prefer: `odata.maxpagesize=${PAGE}` }, body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 'Unlimited' } } }) },
};
const entityFirst = {
  url: `${sb.origin}/adminapi/beta/${DOMAIN}/Mailbox?PropertySet=All`,
  init: { method: 'GET', headers: { ...auth, prefer: `odata.maxpagesize=${PAGE}` } },
};

const baseline = await startBaseline(sb, invokeFirst);
const results = [];
// Warm-up pass over the first pages, so JIT tiers settle before timing.
await page(invokeFirst, 5);
await page(baseline.first, 5);
results.push(['InvokeCommand Get-Mailbox', await page(invokeFirst)]);
results.push(['Get-EXOMailbox (Mailbox, PropertySet=All)', await page(entityFirst)]);
results.push(['baseline: bare HTTPS, same pages', await page(baseline.first)]);
const base = results.at(-1)[1];
// Client and server share this process, so CPU time is the figure that other load on the machine disturbs least.
for (const [name, r] of results) {
  const ratio = r === base ? '' : `  ${(base.perSecond / r.perSecond).toFixed(2)}× the baseline's time, ${(r.cpuMs / base.cpuMs).toFixed(2)}× its CPU`;
  console.log(`  ${name.padEnd(42)} ${String(Math.round(r.perSecond)).padStart(7)} objects/s, ${String(Math.round(r.perCpuSecond)).padStart(7)} per CPU-second  (${r.objects} in ${(r.ms / 1000).toFixed(2)} s, ${mib(r.bytes)})${ratio}`);
}
console.log(`  RSS after paging        ${mib(process.memoryUsage().rss)}`);
if (resets) console.log(`  connections reset and requests sent again: ${resets}`);
await baseline.close();
await sb.stop();

/** ROPC with plain fetch, as the tenant's admin. */
async function signIn(origin) {
  const form = new URLSearchParams({ grant_type: 'password', client_id: EXO_CLIENT_ID, scope: 'https://outlook.office365.com/.default', username: `admin@${DOMAIN}`, password: 'P@ssw0rd123!' });
  const res = await fetch(`${origin}/${DOMAIN}/oauth2/v2.0/token`, { method: 'POST', body: form });
  const body = await res.json();
  if (!res.ok) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.access_token;
}

async function invoke(origin, token, input) {
  const res = await fetch(`${origin}/adminapi/beta/${DOMAIN}/InvokeCommand`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ CmdletInput: input }) });
  if (!res.ok) throw new Error(`InvokeCommand failed: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Follows @odata.nextLink (re-sending the same request) until the end or `maxPages`. */
async function page(first, maxPages = Infinity) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let url = first.url;
  let objects = 0;
  let bytes = 0;
  for (let n = 0; url && n < maxPages; n++) {
    const res = await fetchOnce(url, first.init);
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 500)}`);
    bytes += text.length;
    const body = JSON.parse(text);
    objects += body.value.length;
    url = body['@odata.nextLink'];
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { objects, bytes, ms, cpuMs, perSecond: (objects / ms) * 1000, perCpuSecond: (objects / cpuMs) * 1000 };
}

/** fetch, sent again once if a kept-alive connection was reset under it (counted and reported). */
async function fetchOnce(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e.cause?.code !== 'ECONNRESET') throw e;
    resets++;
    return fetch(url, init);
  }
}

/**
 * A bare HTTPS server with the sandbox's certificate that serves the
 * sandbox's own first page again and again, with a nextLink, until as many
 * objects as the sandbox holds have gone out.
 */
async function startBaseline(sb, first) {
  const res = await fetch(first.url, first.init);
  const body = await res.json();
  const pages = Math.ceil(MAILBOXES / body.value.length);
  const key = readFileSync(join(sb.dataDir, 'tls', 'server-key.pem'));
  const cert = readFileSync(join(sb.dataDir, 'tls', 'server.pem'));
  delete body['@odata.nextLink'];
  // Static text: the baseline's own server costs nothing beyond writing the bytes.
  const head = Buffer.from(JSON.stringify(body).slice(0, -1));
  let origin = '';
  const server = https.createServer({ key, cert }, (req, res) => {
    req.resume();
    req.on('end', () => {
      const n = Number(new URL(req.url, origin).searchParams.get('n') ?? '0');
      const tail = Buffer.from(n + 1 < pages ? `,"@odata.nextLink":"${origin}/page?n=${n + 1}"}` : '}');
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': head.length + tail.length });
      res.write(head);
      res.end(tail);
    });
  });
  // As the sandbox's server does, so a client busy parsing a large page is not reset by the idle timer.
  server.keepAliveTimeout = 120_000;
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `https://127.0.0.1:${server.address().port}`;
  return {
    first: { url: `${origin}/page?n=0`, init: first.init },
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}
