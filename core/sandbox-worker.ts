/**
 * Worker entry of `Sandbox`: a plain `worker_threads` Worker that runs one task
 * per message (`{ task, port }`) and answers with a `done` message on the
 * task's port, for as long as its runs end cleanly. The host thread
 * terminates it otherwise.
 *
 * @internal
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { runTask } from './sandbox-runner.js';
import type { SandboxTask, WorkerMessage } from './sandbox-protocol.js';

if (parentPort === null) throw new Error('sandbox-worker.js runs only as a worker thread');

parentPort.on('message', (m: { task: SandboxTask; port: MessagePort }) => {
  void runTask(m.task, m.port).then((outcome) => m.port.postMessage({ type: 'done', outcome } satisfies WorkerMessage));
});
