import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { SandboxRequest, SandboxResponse } from './types.js';

const MAX_BODY_BYTES = 32 * 1024 * 1024;

export type RequestPipeline = (req: SandboxRequest, remoteAddress: string) => Promise<SandboxResponse>;

export interface HttpsServerHandle {
  port: number;
  close(): Promise<void>;
}

/** Serves the pipeline over HTTPS; it knows nothing about routes. */
export async function listenHttps(o: { host: string; port: number; key: string; cert: string; pipeline: RequestPipeline }): Promise<HttpsServerHandle> {
  const sockets = new Set<Socket>();
  const server = https.createServer({ key: o.key, cert: o.cert }, (req, res) => {
    void serve(req, res, o.pipeline);
  });
  // A client still reading and parsing a page of many megabytes when Node's 5 s idle timer closes the
  // connection would send its next request into a reset; the service keeps idle connections for minutes.
  server.keepAliveTimeout = 120_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open; a stopping sandbox drops them.
        for (const s of sockets) s.destroy();
      }),
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, pipeline: RequestPipeline): Promise<void> {
  let sreq: SandboxRequest;
  try {
    sreq = await readRequest(req);
  } catch (e) {
    send(res, { status: 413, body: { error: { code: 'RequestEntityTooLarge', message: (e as Error).message } } });
    return;
  }
  let sres: SandboxResponse;
  try {
    sres = await pipeline(sreq, req.socket.remoteAddress ?? '');
  } catch (e) {
    sres = { status: 500, body: { error: { code: 'InternalServerError', message: `The sandbox failed to handle the request: ${(e as Error).message}` } } };
  }
  if (sres.drop) {
    req.socket.destroy();
    return;
  }
  send(res, sres);
}

async function readRequest(req: IncomingMessage): Promise<SandboxRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const host = req.headers.host ?? `127.0.0.1:${req.socket.localPort}`;
  const url = new URL(req.url ?? '/', `https://${host}`);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
    origin: `https://${host}`,
  };
}

/** Large bodies go out in slices small enough for the allocator to reuse: encoding a page of many megabytes into one fresh buffer costs more than the writes. */
const SLICE_CHARS = 64 * 1024;

function send(res: ServerResponse, r: SandboxResponse): void {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  const lower = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  let payload: string | undefined;
  if (r.body === undefined || r.body === null) payload = undefined;
  else if (typeof r.body === 'string') {
    payload = r.body;
    if (!lower.has('content-type')) headers['content-type'] = 'text/plain; charset=utf-8';
  } else {
    payload = JSON.stringify(r.body);
    if (!lower.has('content-type')) headers['content-type'] = 'application/json; charset=utf-8';
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  else if (!lower.has('content-length')) headers['content-length'] = '0';
  res.writeHead(r.status, headers);
  if (payload === undefined || payload.length <= SLICE_CHARS) {
    res.end(payload);
    return;
  }
  let at = 0;
  const writeSlices = (): void => {
    while (at < payload.length) {
      // A slice never ends between the two halves of a surrogate pair, so each encodes on its own.
      let end = Math.min(at + SLICE_CHARS, payload.length);
      const last = payload.charCodeAt(end - 1);
      if (end < payload.length && last >= 0xd800 && last <= 0xdbff) end--;
      const chunk = payload.slice(at, end);
      at = end;
      if (at >= payload.length) {
        res.end(chunk);
        return;
      }
      if (!res.write(chunk)) {
        res.once('drain', writeSlices);
        return;
      }
    }
  };
  writeSlices();
}
