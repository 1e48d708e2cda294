/**
 * Per-run execution state (`Runtime`) and activation records (`Frame`).
 *
 * The Runtime is also the one accountant for limits: compiled code and
 * builtins call `rt.charge(n)` (or decrement `rt.ticks` inline on hot paths);
 * when the tick counter runs out, `checkpoint()` settles the budget and checks
 * the deadline and the abort signal. A tripped limit throws `ResourceExhausted`
 * (not a Python exception, so `except` cannot catch it) and leaves `halted`
 * set, so any code that still runs (a `finally`, a generator's cleanup) trips
 * again at its next tick.
 */
import { ResourceExhausted, type LimitKind } from '../errors.js';
import { Cell as CellClass, type Cell, type Value } from './object.js';
import type { Code, PyFunction } from './function.js';
import type { PyBaseException } from './exceptions.js';
import { None } from './types.js';
import { overflowError } from './exceptions.js';
import { nodeV8 } from '../node-modules.js';

/** Ticks between two checkpoints: bounds how stale the deadline check can be. */
const CHUNK = 2000;

/**
 * The last line of defence for the host: the allocation account is an
 * estimate and its limit may exceed what this isolate's heap can hold, so a
 * run also stops (as `memory`) when the JavaScript heap is this full. V8
 * aborts the whole process when its heap runs out; a script must never get
 * there. Reading the statistics costs about 0.2 microseconds.
 */
let heapCeilingBytes: number | undefined;

/**
 * The heap limit covers the young generation as well (48 MiB by default),
 * which live data never fills, so the ceiling keeps that much headroom; on
 * a tiny heap, half of it.
 */
function heapCeiling(limit: number): number {
  return Math.max(limit * 0.5, Math.min(limit * 0.8, limit - 64 * 2 ** 20));
}

export interface RuntimeLimits {
  /** Instruction budget (evaluation steps); Infinity for none. */
  maxOps: number;
  /** Absolute deadline in `Date.now()` milliseconds; Infinity for none. */
  deadline: number;
  /** Maximum Python call depth (incl. native re-entry). */
  maxDepth: number;
  /** Largest single value (string, bytes, list, int...) in estimated bytes; Infinity for none. */
  maxValueBytes: number;
  /** Allocation account (estimated bytes created or grown); Infinity for none. */
  maxMemoryBytes: number;
  /** print() output in bytes; Infinity for none. */
  maxOutputBytes: number;
  /** Calls into host functions; Infinity for none. */
  maxHostCalls: number;
  signal: AbortSignal | null;
}

export class Runtime {
  /** Ticks left before the next checkpoint. */
  ticks: number;
  /** Start value of the current chunk (to account used ticks). */
  private chunkStart: number;
  /** Ops consumed by completed chunks. */
  private opsUsed = 0;
  readonly limits: RuntimeLimits;
  /** Set once a limit has tripped; every later checkpoint rethrows it. */
  halted: ResourceExhausted | null = null;
  /** A cancellation requested from outside (`interp.cancel`). */
  cancelReason: string | null = null;

  /** Native recursion depth (repr of nested data, dunder callbacks...), on top of the frame stack. */
  depth = 0;
  /** Copy of limits.maxDepth, read on every call. */
  readonly maxDepth: number;
  /**
   * Frames of running Python code (module, functions, class bodies,
   * comprehensions, resumed generators), innermost at `sp - 1`. A call pushes
   * and pops without try/catch: frames an exception unwinds simply stay above
   * `sp` until a catch site records them in the traceback (`caughtIn`) and
   * drops them. This is what keeps exceptions cheap.
   */
  readonly stack: Frame[] = [];
  sp = 0;
  /** Exceptions currently being handled, innermost last (for bare `raise` and `__context__`). */
  readonly handling: PyBaseException[] = [];
  /**
   * An exception a generated function body raised by returning RAISED
   * (see codegen's raiseWith) instead of throwing: its caller passes it on
   * (a generated call site got RAISING from executeOrRaising) or throws it.
   */
  raised: PyBaseException | null = null;

  /** The exception a body returned RAISED for, to be thrown by the caller of the body. */
  takeRaised(): PyBaseException {
    const e = this.raised!;
    this.raised = null;
    return e;
  }

  /** Bytes the allocation account still allows. */
  memoryLeft: number;
  /** Output bytes still allowed. */
  private outputLeft: number;
  /** Host calls still allowed. */
  private hostCallsLeft: number;
  private readonly sink: (text: string) => void;

  constructor(
    readonly builtins: Map<string, Value>,
    sink: (text: string) => void,
    limits: RuntimeLimits,
    /** Host-side state the builtins may need (the interpreter, module registry...). */
    readonly host: RuntimeHost,
  ) {
    this.sink = sink;
    this.memoryLeft = limits.maxMemoryBytes;
    this.outputLeft = limits.maxOutputBytes;
    this.hostCallsLeft = limits.maxHostCalls;
    this.limits = limits;
    this.maxDepth = limits.maxDepth;
    this.ticks = Math.min(CHUNK, limits.maxOps);
    this.chunkStart = this.ticks;
  }

  /** Writes script output (print), within the output limit; the part that fits is delivered. */
  write(text: string): void {
    if (this.outputLeft !== Infinity) {
      const n = text.length <= 1024 && /^[\x00-\x7f]*$/.test(text) ? text.length : Buffer.byteLength(text, 'utf8');
      if (n > this.outputLeft) {
        const fits = Buffer.from(text, 'utf8').subarray(0, this.outputLeft).toString('utf8').replace(/\uFFFD$/, '');
        if (fits !== '') this.sink(fits);
        this.outputLeft = 0;
        this.halt('output', `output limit of ${this.limits.maxOutputBytes} bytes exceeded`);
      }
      this.outputLeft -= n;
    }
    this.sink(text);
  }

  /** Charges `bytes` to the allocation account (call before or while creating a value). */
  allocate(bytes: number): void {
    if ((this.memoryLeft -= bytes) < 0) this.memoryExceeded();
  }

  /** Stops the run before the host's heap runs out (see heapCeilingBytes). */
  checkHeap(): void {
    heapCeilingBytes ??= heapCeiling(nodeV8().getHeapStatistics().heap_size_limit);
    if (nodeV8().getHeapStatistics().used_heap_size > heapCeilingBytes) {
      this.memoryLeft = 0;
      this.halt('memory', "the host's JavaScript heap is nearly full");
    }
  }

  memoryExceeded(): never {
    this.memoryLeft = 0;
    this.halt('memory', `allocation limit of ${this.limits.maxMemoryBytes} bytes exceeded`);
  }

  /** Counts one call into the host (host functions, extended libraries). */
  hostCall(name: string): void {
    if (--this.hostCallsLeft < 0) {
      this.hostCallsLeft = 0;
      this.halt('budget', `host call limit of ${this.limits.maxHostCalls} calls exceeded (calling ${name})`);
    }
  }

  /** Charges `n` evaluation steps. */
  charge(n: number): void {
    if ((this.ticks -= n) < 0) this.checkpoint();
  }

  /** Settles the current chunk and checks every time-based limit. */
  checkpoint(): void {
    if (this.halted !== null) {
      this.ticks = 0;
      throw this.halted;
    }
    this.opsUsed += this.chunkStart - this.ticks;
    const { maxOps, deadline, signal } = this.limits;
    if (this.opsUsed > maxOps) this.halt('budget', `instruction budget of ${maxOps} operations exhausted`);
    if (deadline !== Infinity && Date.now() > deadline) this.halt('deadline', 'time limit exceeded');
    if (signal !== null && signal.aborted) this.halt('deadline', 'run aborted by the host');
    if (this.cancelReason !== null) this.halt('deadline', `run cancelled: ${this.cancelReason}`);
    this.checkHeap();
    this.ticks = Math.min(CHUNK, maxOps - this.opsUsed);
    this.chunkStart = this.ticks;
  }

  /** Ops used so far in this run. */
  get opsConsumed(): number {
    return this.opsUsed + (this.chunkStart - this.ticks);
  }

  /** Stops the run: the error cannot be caught by scripts. */
  halt(kind: LimitKind, detail: string): never {
    this.halted = new ResourceExhausted(kind, detail);
    this.ticks = 0;
    this.chunkStart = 0;
    throw this.halted;
  }

  /** Called when a call would exceed the depth limit. */
  tooDeep(): never {
    this.halt('recursion', `maximum recursion depth (${this.maxDepth}) exceeded`);
  }

  /** Pushes a frame (module, class body, comprehension, generator) and returns its index. */
  pushFrame(f: Frame): number {
    const sp = this.sp;
    if (sp + this.depth >= this.maxDepth) this.tooDeep();
    f.index = sp;
    this.stack[sp] = f;
    this.sp = sp + 1;
    return sp;
  }

  /**
   * An exception is caught in frame `f` (an except/finally/with clause, or a
   * generator boundary): records the frames it unwound, down to and including
   * `f`, in its traceback, and drops those above `f` from the stack.
   */
  caughtIn(e: PyBaseException, f: Frame): void {
    this.recordUnwound(e, f.index);
    this.sp = f.index + 1;
  }

  /** Appends stack frames `low`..top (innermost first) not yet in the exception's traceback. */
  recordUnwound(e: PyBaseException, low: number): void {
    const top = Math.min(this.sp, e.tbFloor) - 1;
    const stack = this.stack;
    for (let i = top; i >= low; i--) {
      const fr = stack[i];
      e.traceback.push({ filename: fr.code.filename, line: fr.line, name: fr.code.name });
    }
    if (top >= low) e.tbFloor = low;
  }

  /** Enters a native recursion level (repr of nested data, user dunder callbacks...). */
  enter(): void {
    if (++this.depth + this.sp > this.maxDepth) {
      this.depth--;
      this.halt('recursion', `maximum recursion depth (${this.limits.maxDepth}) exceeded`);
    }
  }

  leave(): void {
    this.depth--;
  }

  /**
   * Refuses, before allocating, a value whose estimated size exceeds the cap.
   * A large value that passes is charged to the allocation account as well
   * (every large allocation goes through here; small ones are charged where
   * they are created), so repetition, padding, joins and big ints count.
   */
  checkValueSize(bytes: number, what: string): void {
    if (bytes > this.limits.maxValueBytes || bytes > HARD_VALUE_BYTES) {
      this.halt('size', `${what} of about ${Math.round(bytes)} bytes exceeds the value size limit`);
    }
    if (bytes >= LARGE_VALUE_BYTES) {
      this.allocate(bytes);
      this.checkHeap();
    }
  }

  /** Size check for `a ** b` on ints (b >= 0), before computing it. */
  checkIntPow(a: number | bigint, b: number | bigint): void {
    if (typeof a === 'number' && (a === 0 || a === 1 || a === -1)) return;
    const bits = bitLengthOf(a) * Number(b);
    if (bits > 2 ** 63) throw overflowError('too many digits in integer');
    if (bits > MAX_BIGINT_BITS) this.halt('size', 'integer power result is too large');
    if (bits > 64) this.checkValueSize(bits / 8, 'integer power result');
  }

  /** Size check for `a << n`, before computing it. */
  checkIntShift(a: number | bigint, n: number | bigint): void {
    if (a === 0) return;
    const bits = bitLengthOf(a) + Number(n);
    if (bits > 2 ** 63) throw overflowError('too many digits in integer');
    if (bits > MAX_BIGINT_BITS) this.halt('size', 'shifted integer is too large');
    if (bits > 64) this.checkValueSize(bits / 8, 'shifted integer');
  }
}

/** Values at least this big are charged to the allocation account by checkValueSize. */
const LARGE_VALUE_BYTES = 4096;

/** JS engines refuse strings above ~2^29 UTF-16 units and BigInts above 2^30 bits; stay below both. */
const HARD_VALUE_BYTES = 2 ** 29;
const MAX_BIGINT_BITS = 2 ** 29;

function bitLengthOf(a: number | bigint): number {
  if (typeof a === 'number') return Math.max(1, Math.ceil(Math.log2(Math.abs(a) + 1)));
  return (a < 0n ? -a : a).toString(16).length * 4;
}

/** What the runtime needs from its owner (the Interpreter); kept abstract to avoid import cycles. */
export interface RuntimeHost {
  /** Imports a module by absolute dotted name for the script. */
  importModule(rt: Runtime, name: string): Value;
  /** The interpreter's object identities (for id() and identity hashes); kept across runs. */
  readonly ids: IdRegistry;
}

/** Sequential identities per interpreter: deterministic, and independent of other interpreters. */
export class IdRegistry {
  private readonly map = new WeakMap<object, number>();
  private next = 0x7f1000;

  idOf(o: object): number {
    let id = this.map.get(o);
    if (id === undefined) {
      id = (this.next += 2);
      this.map.set(o, id);
    }
    return id;
  }
}

/** A module's global namespace: one Cell per name, shared by every program run in it. */
export class Namespace {
  readonly cells = new Map<string, Cell>();
  constructor(readonly moduleName: string) {}

  /** The cell for `name`, created (unbound) on first use. */
  cell(name: string): Cell {
    let c = this.cells.get(name);
    if (c === undefined) {
      c = new CellClass(undefined, name);
      this.cells.set(name, c);
    }
    return c;
  }
}

/** An activation record: locals in slots, plus what tracebacks need. */
/**
 * Completion code of a generated body that raised: the exception is in
 * `rt.raised`. A function that throws never returns normally, and V8 only
 * gives a JS function feedback (and so optimizes it) on normal returns, so a
 * Python function that mostly raises would stay unoptimized forever.
 */
export const RAISED = 4;

export class Frame {
  ret: Value = None;
  /** Current source line (updated per statement). */
  line = 0;
  /** The class namespace while a class body runs, else null. */
  ns: Map<string, Value> | null = null;
  /** Position on the runtime's frame stack while running. */
  index = 0;
  constructor(
    readonly rt: Runtime,
    readonly code: Code,
    /** The module's global cells, indexed as the program's global table. */
    readonly g: Cell[],
    readonly locals: Value[],
    readonly fn: PyFunction | null,
    /** The module namespace (for names not known at compile time: `from m import *`). */
    readonly globalsNs: Namespace,
  ) {}
}
