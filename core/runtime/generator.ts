/**
 * Generator objects. The compiler turns a generator function's body into a JS
 * generator function (only the statements that contain `yield` become JS
 * generators; the rest stay plain closures); `PyGenerator` drives it with
 * Python's protocol: `next`, `send`, `throw`, `close`, StopIteration values.
 */
import { PyObject, type Value } from './object.js';
import { GeneratorType, None } from './types.js';
import {
  GeneratorExitType, PyBaseException, StopIterationType, makeException, runtimeError, typeError, valueError,
} from './exceptions.js';
import type { Frame, Runtime } from './runtime.js';

/** Returned by internal `next` methods when an iterator is exhausted. */
export const DONE: unique symbol = Symbol('done');
export type Next = Value | typeof DONE;

export class PyGenerator extends PyObject {
  private started = false;
  private running = false;
  finished = false;
  /** The `return` value once finished (StopIteration.value). */
  returnValue: Value = None;

  constructor(
    readonly frame: Frame,
    private readonly gen: Generator<Value, number, Value>,
    readonly name: string,
    readonly qualname: string,
  ) {
    super();
  }

  /** Resumes with `sent` (or throws `exc` into it); returns the next yielded value or DONE. */
  resume(rt: Runtime, sent: Value, exc: PyBaseException | null = null): Next {
    if (this.running) throw valueError('generator already executing');
    if (this.finished) {
      if (exc !== null) throw exc;
      return DONE;
    }
    if (!this.started && exc === null && sent !== None) {
      throw typeError("can't send non-None value to a just-started generator");
    }
    this.started = true;
    this.running = true;
    const base = rt.pushFrame(this.frame);
    let r: IteratorResult<Value, number>;
    try {
      r = exc === null ? this.gen.next(sent) : this.gen.throw(exc);
    } catch (e) {
      this.finished = true;
      if (e instanceof PyBaseException) {
        rt.recordUnwound(e, base);
        if (e.cls.isSubclassOf(StopIterationType)) {
          const err = runtimeError('generator raised StopIteration');
          err.cause = e;
          err.context = e;
          throw err;
        }
      }
      throw e;
    } finally {
      this.running = false;
      rt.sp = base;
    }
    if (r.done) {
      this.finished = true;
      this.returnValue = this.frame.ret;
      return DONE;
    }
    return r.value;
  }

  /** `gen.close()`: throws GeneratorExit in; a yield in response is an error. */
  close(rt: Runtime): void {
    if (this.finished) return;
    if (!this.started) {
      this.finished = true;
      return;
    }
    try {
      const r = this.resume(rt, None, makeException(GeneratorExitType));
      if (r !== DONE) throw runtimeError('generator ignored GeneratorExit');
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubclassOf(GeneratorExitType) || e.cls.isSubclassOf(StopIterationType))) return;
      throw e;
    }
  }
}
PyGenerator.prototype.cls = GeneratorType;
