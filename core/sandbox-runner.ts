/**
 * The worker side of a sandboxed run: rebuilds the interpreter from the task
 * (plain data), bridges host functions to the host thread synchronously, and
 * reports the outcome as data. Used by both worker entries
 * (`sandbox-worker.ts` for `Sandbox`, `sandbox-pool-worker.ts` for `SandboxPool`).
 *
 * @internal
 */
import { receiveMessageOnPort, threadId, type MessagePort } from 'node:worker_threads';
import { Interpreter } from './interpreter.js';
import { HostError, RegistrationError, ResourceExhausted } from './errors.js';
import { Registry } from '../registry/registry.js';
import type { LibraryDefinition } from '../registry/definition.js';
import {
  ControlBlock, errorToData, leavesWorkerClean, type CallReply, type Outcome, type SandboxTask, type WorkerMessage,
} from './sandbox-protocol.js';

export type { Outcome };

/**
 * Runs one task. The caller reports the outcome (a `done` message, or
 * piscina's task result); `outcome.clean` says whether this worker is still
 * fit for another run.
 */
export async function runTask(task: SandboxTask, port: MessagePort): Promise<Outcome> {
  try {
    const libraries = await librariesFor(task);
    const control = new ControlBlock(task.shared);
    control.markStarted(task.createdAt, threadId);
    return execute(task, control, port, libraries);
  } catch (e) {
    const error = errorToData(e);
    return { ok: false, error, clean: leavesWorkerClean(error) };
  }
}

function execute(task: SandboxTask, control: ControlBlock, port: MessagePort, libraries: Registry | undefined): Outcome {
  // The same clock as the interpreter's own deadline (which starts a moment later, at run()).
  const deadline = task.limits.timeoutMs === undefined ? Infinity : Date.now() + task.limits.timeoutMs;
  const started = performance.now();
  const ring = (): void => port.postMessage({ type: 'output' } satisfies WorkerMessage);
  const interp = new Interpreter({
    output: (text) => control.write(Buffer.from(text, 'utf8'), ring),
    limits: task.limits,
    globals: task.globals,
    deterministic: task.deterministic,
    modules: [...task.modules],
    libraries,
  });
  for (const name of task.hostFunctions) interp.set(name, bridge(name, control, port, deadline));
  interp.run(task.source, { filename: task.filename });
  const globals: Record<string, unknown> = {};
  for (const name of task.collect) globals[name] = interp.get(name);
  return { ok: true, globals, durationMs: performance.now() - started, clean: true };
}

/**
 * A stand-in for a host function: posts the call to the host thread and
 * blocks (Atomics.wait) until the reply arrives, so the script stays
 * synchronous. Waiting counts against the run's deadline.
 */
function bridge(name: string, control: ControlBlock, port: MessagePort, deadline: number): (...args: unknown[]) => unknown {
  return (...args: unknown[]): unknown => {
    control.beginCall();
    port.postMessage({ type: 'call', name, args } satisfies WorkerMessage);
    const wait = deadline === Infinity ? Infinity : Math.max(0, deadline - Date.now());
    if (!control.awaitReply(wait)) {
      throw new ResourceExhausted('deadline', `time limit exceeded (waiting for host function ${name}())`);
    }
    const reply = receiveMessageOnPort(port)?.message as CallReply | undefined;
    if (reply === undefined) throw new Error('no reply from the host'); // becomes "host function failed"
    if (reply.type === 'return') return reply.value;
    if (reply.limit !== null) throw new ResourceExhausted(reply.limit.kind, reply.limit.detail);
    // Without a pyType the host threw something other than HostError: the script learns only that it failed.
    if (reply.pyType === null) throw new Error('host function failed');
    throw new HostError(reply.message, reply.pyType);
  };
}

/** Registries rebuilt in this worker, by their registrations (a worker serves many runs). */
const registries = new Map<string, Registry>();
const MAX_CACHED_REGISTRIES = 16;

/** Rebuilds the registered libraries from data: options are validated again here, by this thread's guards. */
async function librariesFor(task: SandboxTask): Promise<Registry | undefined> {
  if (task.registrations.length === 0) return undefined;
  const key = JSON.stringify([task.policy, task.registrations, task.libraryModules]);
  const cached = registries.get(key);
  if (cached !== undefined) return cached;
  const registry = new Registry({ policy: task.policy ?? undefined });
  for (const href of task.libraryModules) {
    for (const def of await definitionsIn(href)) registry.define(def);
  }
  const known = new Set(registry.libraries().map((l) => l.def.name));
  for (const { name, options } of task.registrations) {
    if (!known.has(name)) {
      throw new RegistrationError(
        `library '${name}' is host-defined and its definition cannot cross into the worker thread; ` +
        'export it from a module listed in the sandbox option libraryModules', name);
    }
    registry.use(name, options);
  }
  if (registries.size >= MAX_CACHED_REGISTRIES) registries.clear();
  registries.set(key, registry);
  return registry;
}

/** The library definitions a module exports: `default` (one definition or an array) or `libraries`. */
async function definitionsIn(href: string): Promise<LibraryDefinition[]> {
  let mod: Record<string, unknown>;
  try {
    mod = await import(href) as Record<string, unknown>;
  } catch {
    throw new RegistrationError(`library module ${href} could not be loaded in the worker`);
  }
  const exported = mod.default ?? mod.libraries;
  const defs = Array.isArray(exported) ? exported : [exported];
  if (exported === undefined || defs.some((d) => typeof d !== 'object' || d === null)) {
    throw new RegistrationError(`library module ${href} must export library definitions as default (or as 'libraries')`);
  }
  return defs as LibraryDefinition[];
}
