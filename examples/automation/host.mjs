// A host that runs a user's automation script with exactly two grants:
// read-only access to examples/automation/data, and HTTP to a local API.
//
//   node examples/automation/host.mjs        (after npm run build)
//
// The API is a small HTTP server on 127.0.0.1 (a random port). It runs in a
// worker thread because the interpreter runs synchronously: while the script
// waits for a response, this thread is blocked and could not answer it.
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Interpreter, Registry, Limits, ScriptError } from '../../dist/core/index.js';

const here = dirname(fileURLToPath(import.meta.url));

// The team's API: GET /thresholds, POST /reports (remembered, answered with an id).
const API_SERVER = `
const http = require('node:http');
const { parentPort } = require('node:worker_threads');
const reports = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const reply = (status, data) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (req.method === 'GET' && req.url === '/thresholds') return reply(200, { eu: 1000, us: 1500, ap: 500 });
    if (req.method === 'POST' && req.url === '/reports') {
      reports.push(JSON.parse(body));
      return reply(201, { id: 'r-' + reports.length });
    }
    reply(404, { error: 'not found' });
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (msg) => {
  if (msg === 'reports') parentPort.postMessage({ reports });
  if (msg === 'close') server.close(() => process.exit(0));
});
`;

function startApi() {
  const worker = new Worker(API_SERVER, { eval: true });
  const next = () => new Promise((resolve) => worker.once('message', resolve));
  return { worker, next };
}

const api = startApi();
const { port } = await api.next();
const origin = `http://127.0.0.1:${port}`;

const registry = new Registry({ policy: { maxTier: 'network' } })
  .use('filesystem', { roots: [{ path: join(here, 'data'), mode: 'read' }] })
  .use('requests', { allow: [origin], timeoutMs: 5000 });

const interp = new Interpreter({
  libraries: registry,
  limits: { ...Limits.untrusted(), timeoutMs: 10_000 },
  globals: { API: origin },
  output: (text) => process.stdout.write(text),
});

let status = 0;
try {
  interp.run(readFileSync(join(here, 'report.py'), 'utf8'), { filename: 'report.py' });
} catch (e) {
  if (!(e instanceof ScriptError)) throw e;
  console.error(e.report);
  status = 1;
}

api.worker.postMessage('reports');
const { reports } = await api.next();
console.log(`the API received ${reports.length} report(s): ${JSON.stringify(reports)}`);
api.worker.postMessage('close');
process.exitCode = status;
