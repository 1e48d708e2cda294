/**
 * Worker entry of `SandboxPool` (loaded by piscina): runs one task per call
 * and returns its outcome as the task result.
 *
 * piscina reuses a worker whenever its task function returns. After a run that
 * did not end cleanly (a memory or deadline limit, an internal error) this
 * function posts the outcome on the task's port and never returns instead: the
 * host thread then aborts the task, which makes piscina terminate this worker
 * and start a fresh one.
 *
 * @internal
 */
import type { MessagePort } from 'node:worker_threads';
import { runTask, type Outcome } from './sandbox-runner.js';
import type { SandboxTask, WorkerMessage } from './sandbox-protocol.js';

/** The piscina task function. */
export default async function sandboxPoolTask({ task, port }: { task: SandboxTask; port: MessagePort }): Promise<Outcome> {
  const outcome = await runTask(task, port);
  if (outcome.clean) return outcome;
  port.postMessage({ type: 'done', outcome } satisfies WorkerMessage);
  return new Promise<never>(() => {});
}
