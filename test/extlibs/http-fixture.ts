// A local HTTP test server for the network libraries. It runs in its own
// worker thread: the interpreter blocks its thread while a request is in
// flight, so a server on the test's own event loop could never answer.
// A second "canary" server counts every connection it gets; attack tests
// assert it saw none.
import { Worker } from 'node:worker_threads';

export interface HttpFixture {
  /** Origin of the main server, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly port: number;
  /** Origin of the main server on IPv6 loopback ([::1]), or null when the host has no IPv6. */
  readonly origin6: string | null;
  /** Origin of the canary server (must never be reached). */
  readonly canaryOrigin: string;
  readonly canaryPort: number;
  /** Requests the main server answered. */
  hits(): number;
  /** Connections the canary server accepted. */
  canaryHits(): number;
  close(): Promise<void>;
}

// The server's code (plain JS, run with eval). Routes:
//   /echo                 -> JSON {method, url, headers, body}
//   /status/N             -> status N
//   /redirect?to=U&code=C -> redirect to U (default 302)
//   /chain/N              -> N redirects, then /echo
//   /slow?ms=N            -> answers after N ms
//   /big?n=N              -> N bytes of 'x'
//   /gzip?n=N             -> gzip-compressed N bytes of zeros
//   /latin1               -> text/plain without charset, body 'caf\xe9'
//   /bigheader            -> a 100 kB response header
//   /ready?at=EPOCH_MS     -> 503 until the time EPOCH_MS, then 200
//   /binary               -> application/octet-stream bytes 0..255
const SERVER = String.raw`
const http = require('node:http');
const zlib = require('node:zlib');
const { workerData, parentPort } = require('node:worker_threads');
const counts = new Int32Array(workerData.counts);

function route(req, res, body) {
  const u = new URL(req.url, 'http://x');
  const p = u.pathname;
  if (p === '/echo') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Multi': ['a', 'b'] });
    return res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
  }
  if (p.startsWith('/status/')) {
    res.writeHead(Number(p.slice(8)));
    return res.end('status ' + p.slice(8));
  }
  if (p === '/redirect') {
    res.writeHead(Number(u.searchParams.get('code') || 302), { Location: u.searchParams.get('to') });
    return res.end();
  }
  if (p.startsWith('/chain/')) {
    const n = Number(p.slice(7));
    res.writeHead(302, { Location: n > 0 ? '/chain/' + (n - 1) : '/echo?chain=done' });
    return res.end();
  }
  if (p === '/slow') {
    const t = setTimeout(() => { res.writeHead(200); res.end('slow'); }, Number(u.searchParams.get('ms')));
    req.socket.on('close', () => clearTimeout(t));
    return;
  }
  if (p === '/big') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return res.end('x'.repeat(Number(u.searchParams.get('n'))));
  }
  if (p === '/gzip') {
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/octet-stream' });
    return res.end(zlib.gzipSync(Buffer.alloc(Number(u.searchParams.get('n')))));
  }
  if (p === '/latin1') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  }
  if (p === '/bigheader') {
    res.writeHead(200, { 'X-Big': 'y'.repeat(100000) });
    return res.end('ok');
  }
  if (p === '/ready') {
    const ready = Date.now() >= Number(u.searchParams.get('at'));
    res.writeHead(ready ? 200 : 503);
    return res.end(ready ? 'ready' : 'starting');
  }
  if (p === '/empty-gzip') {
    res.writeHead(204, { 'Content-Encoding': 'gzip' });
    return res.end();
  }
  if (p === '/deflate') {
    res.writeHead(200, { 'Content-Encoding': 'deflate', 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end(zlib.deflateSync(Buffer.from('deflated é')));
  }
  if (p === '/binary') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    return res.end(Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

function handle(req, res) {
  Atomics.add(counts, 0, 1);
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (c) => { body += c; });
  req.on('end', () => route(req, res, body));
}
const main = http.createServer({ maxHeaderSize: 65536 }, handle);
const main6 = http.createServer({ maxHeaderSize: 65536 }, handle);
main6.on('error', () => {});
const canary = http.createServer((req, res) => { res.end('canary'); });
canary.on('connection', () => Atomics.add(counts, 1, 1));
function ready() {
  const port6 = main6.listening ? main6.address().port : null;
  parentPort.postMessage({ port: main.address().port, port6, canaryPort: canary.address().port });
}
main.listen(0, '127.0.0.1', () => canary.listen(0, '127.0.0.1', () => {
  main6.once('error', ready);
  main6.listen(0, '::1', ready);
}));
parentPort.on('message', () => {
  for (const s of [main, main6, canary]) {
    s.closeAllConnections();
    s.close();
  }
  parentPort.close();
});
`;

export async function startHttpFixture(): Promise<HttpFixture> {
  const counts = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(SERVER, { eval: true, workerData: { counts: counts.buffer } });
  const { port, port6, canaryPort } = await new Promise<{ port: number; port6: number | null; canaryPort: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    origin6: port6 === null ? null : `http://[::1]:${port6}`,
    canaryOrigin: `http://127.0.0.1:${canaryPort}`,
    canaryPort,
    hits: () => Atomics.load(counts, 0),
    canaryHits: () => Atomics.load(counts, 1),
    async close() {
      worker.postMessage('close');
      await worker.terminate();
    },
  };
}
