/**
 * Callable values: user functions (`PyFunction`, backed by compiled code),
 * native functions and method descriptors (`PyBuiltin`), bound methods, and
 * the classmethod / staticmethod / property descriptors.
 *
 * Calling convention everywhere ("vectorcall"): `args` holds the positional
 * arguments followed by the keyword argument values; `kwnames` names those
 * trailing values (or is null when there are none).
 */
import { Cell, PyClass, PyObject, type Value } from './object.js';
import {
  BuiltinFunctionType, ClassMethodType, FunctionType, MethodType, PropertyType, StaticMethodType, builtinType,
} from './types.js';

export const GetSetDescriptorType = builtinType('getset_descriptor', undefined, { subclassable: false });
import type { Frame, Namespace, Runtime } from './runtime.js';
import { typeError } from './exceptions.js';

/** The signature of every native function. */
export type NativeFn = (rt: Runtime, args: Value[], kwnames: string[] | null) => Value;

/** The parts of a Code that the compiler provides. */
export interface CodeSpec {
  name: string;
  qualname: string;
  filename: string;
  firstLine: number;
  paramNames: string[];
  posonlyCount: number;
  argCount: number;
  kwonlyCount: number;
  hasVarargs: boolean;
  hasKwargs: boolean;
  nlocals: number;
  cellParams: number[];
  cellLocals: number[];
  freeSlots: number[];
  isGenerator: boolean;
  body: (f: Frame) => number;
  genBody: ((f: Frame) => Generator<Value, number, Value>) | null;
  doc: Value;
}

/**
 * Compiled code of one function, lambda, comprehension, class body or module:
 * immutable and shared. A class (not an object literal) so every Code has one
 * hidden class and call sites stay monomorphic.
 */
export class Code {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstLine: number;
  /** Parameter names in slot order: positional (incl. positional-only), keyword-only, *args, **kwargs. */
  readonly paramNames: string[];
  readonly posonlyCount: number;
  /** Number of positional parameters, including positional-only ones. */
  readonly argCount: number;
  readonly kwonlyCount: number;
  readonly hasVarargs: boolean;
  readonly hasKwargs: boolean;
  /** Total local slots (parameters, locals, cells, free variables, temporaries). */
  readonly nlocals: number;
  /** Parameter slots captured by inner scopes (wrapped into cells on entry). */
  readonly cellParams: number[];
  /** Non-parameter slots that start as empty cells. */
  readonly cellLocals: number[];
  /** Slots that receive the function's closure cells, in closure order. */
  readonly freeSlots: number[];
  /** True when parameters need only positional binding (no *args, **kwargs or keyword-only). */
  readonly simple: boolean;
  readonly isGenerator: boolean;
  /** Runs the body; returns a completion code (the return value is in `frame.ret`). */
  readonly body: (f: Frame) => number;
  readonly genBody: ((f: Frame) => Generator<Value, number, Value>) | null;
  readonly doc: Value;
  /** Positional argument count of the fast call path (-1: always bind generically). */
  readonly fastArgc: number;
  /** Whether entering needs cell/closure setup or extra local slots. */
  readonly needsPrepare: boolean;
  /** Argument count for which a call site may `execute` directly (args array = locals); else -1. */
  readonly directArgc: number;
  /**
   * Argument count for which a call site may `execute` with the arguments
   * followed by empty slots (`frameLocals`): positional parameters only, no
   * cells, no closure, not a generator; else -1.
   */
  readonly plainArgc: number;

  constructor(s: CodeSpec) {
    this.name = s.name;
    this.qualname = s.qualname;
    this.filename = s.filename;
    this.firstLine = s.firstLine;
    this.paramNames = s.paramNames;
    this.posonlyCount = s.posonlyCount;
    this.argCount = s.argCount;
    this.kwonlyCount = s.kwonlyCount;
    this.hasVarargs = s.hasVarargs;
    this.hasKwargs = s.hasKwargs;
    this.nlocals = s.nlocals;
    this.cellParams = s.cellParams;
    this.cellLocals = s.cellLocals;
    this.freeSlots = s.freeSlots;
    this.simple = !s.hasVarargs && !s.hasKwargs && s.kwonlyCount === 0;
    this.isGenerator = s.isGenerator;
    this.body = s.body;
    this.genBody = s.genBody;
    this.doc = s.doc;
    this.fastArgc = this.simple ? s.argCount : -1;
    this.needsPrepare = s.cellParams.length > 0 || s.cellLocals.length > 0 || s.freeSlots.length > 0 || s.nlocals > s.argCount;
    this.directArgc = this.simple && !this.needsPrepare && !s.isGenerator ? s.argCount : -1;
    const noCells = s.cellParams.length === 0 && s.cellLocals.length === 0 && s.freeSlots.length === 0;
    this.plainArgc = this.simple && noCells && !s.isGenerator ? s.argCount : -1;
  }
}

/** A function defined by a script (`def` or `lambda`). */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  doc: Value;
  module: Value;
  dict: Map<string, Value> | null = null;
  constructor(
    readonly code: Code,
    /** The defining module's global cells. */
    readonly globals: Cell[],
    /** The defining module's namespace. */
    readonly namespace: Namespace,
    public defaults: Value[],
    public kwdefaults: Map<string, Value> | null,
    readonly closure: Cell[] | null,
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = code.doc;
    this.module = namespace.moduleName;
  }
}
PyFunction.prototype.cls = FunctionType;

/** A native function, or (when `objclass` is set) a method descriptor of a builtin type. */
export class PyBuiltin extends PyObject {
  /** Python-style parameter list for help() and catalogs, e.g. `(x, /, *, key=...)`, when known. */
  textSignature: string | null = null;
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** For method descriptors: the type whose instances are `self` (args[0]). */
    readonly objclass: PyClass | null = null,
    readonly doc: string | null = null,
    /** The owning module's name, for repr (`<built-in function sqrt>`). */
    readonly module: string | null = null,
  ) {
    super();
  }
}
PyBuiltin.prototype.cls = BuiltinFunctionType;

/** A function or native method bound to `self`. */
export class PyBoundMethod extends PyObject {
  constructor(readonly self: Value, readonly func: Value) {
    super();
  }
}
PyBoundMethod.prototype.cls = MethodType;

export class PyClassMethod extends PyObject {
  dict: Map<string, Value> | null = null;
  constructor(readonly func: Value) {
    super();
  }
}
PyClassMethod.prototype.cls = ClassMethodType;

export class PyStaticMethod extends PyObject {
  dict: Map<string, Value> | null = null;
  constructor(readonly func: Value) {
    super();
  }
}
PyStaticMethod.prototype.cls = StaticMethodType;

export class PyProperty extends PyObject {
  constructor(readonly fget: Value, readonly fset: Value, readonly fdel: Value, public doc: Value) {
    super();
  }
}
PyProperty.prototype.cls = PropertyType;

/** Shorthand for defining a native function. */
export function builtin(name: string, fn: NativeFn, doc: string | null = null, module: string | null = null): PyBuiltin {
  return new PyBuiltin(name, fn, null, doc, module);
}

/**
 * Positional arguments (after self) that each special method takes, as
 * [min, max]; natives registered under these names are checked before they
 * run, so a script calling `(1).__add__()` gets CPython's TypeError instead of
 * a native seeing a missing argument.
 */
const DUNDER_ARITY: Record<string, [number, number]> = (() => {
  const t: Record<string, [number, number]> = Object.create(null);
  const set = (names: string, min: number, max: number) => {
    for (const n of names.split(' ')) t[n] = [min, max];
  };
  set('__repr__ __str__ __hash__ __bool__ __len__ __iter__ __next__ __neg__ __pos__ __abs__ __invert__ __int__ ' +
    '__float__ __index__ __trunc__ __floor__ __ceil__ __reversed__ __enter__ __dir__ __sizeof__ __getnewargs__ ' +
    '__length_hint__ __copy__ __await__', 0, 0);
  for (const op of ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'matmul', 'lshift', 'rshift', 'and', 'or', 'xor', 'divmod']) {
    set(`__${op}__ __r${op}__ __i${op}__`, 1, 1);
  }
  set('__rpow__ __ipow__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __contains__ __getitem__ __delitem__ ' +
    '__getattribute__ __getattr__ __delattr__ __format__ __delete__ __instancecheck__ __subclasscheck__ ' +
    '__class_getitem__ __reduce_ex__ __missing__ __deepcopy__', 1, 1);
  set('__setattr__ __setitem__ __set__', 2, 2);
  set('__pow__', 1, 2);
  set('__round__', 0, 1);
  set('__get__', 1, 2);
  set('__exit__', 3, 3);
  return t;
})();

/** CPython unpacks these wrappers' arguments with an empty function name, hence a leading space. */
const UNPACK_STYLE = new Set(['__setattr__', '__set__', '__get__', '__pow__', '__rpow__', '__ipow__']);
/** Argument-clinic methods: "int.__format__() takes exactly one argument (0 given)". */
const CLINIC_STYLE = new Set(['__format__', '__reduce_ex__']);

function arityMessage(type: PyClass, name: string, min: number, max: number, given: number): string {
  if (CLINIC_STYLE.has(name) && min === 1 && max === 1) return `${type.name}.${name}() takes exactly one argument (${given} given)`;
  if (name === '__round__') return `__round__ expected at most ${max} argument${max === 1 ? '' : 's'}, got ${given}`;
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  const prefix = UNPACK_STYLE.has(name) ? ' ' : '';
  if (min === max) return `${prefix}expected ${min} ${plural(min)}, got ${given}`;
  if (given < min) return `${prefix}expected at least ${min} ${plural(min)}, got ${given}`;
  return `${prefix}expected at most ${max} ${plural(max)}, got ${given}`;
}

/** Wraps a native special method with the arity check of its name (see DUNDER_ARITY). */
function checkedDunder(type: PyClass, name: string, fn: NativeFn): NativeFn {
  const arity = DUNDER_ARITY[name];
  if (arity === undefined) return fn;
  const [min, max] = arity;
  return (rt, args, kwnames) => {
    const given = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
    if (given < min || given > max || (kwnames !== null && kwnames.length > 0)) {
      throw typeError(kwnames !== null && kwnames.length > 0 ? `${name}() takes no keyword arguments` : arityMessage(type, name, min, max, given));
    }
    return fn(rt, args, kwnames);
  };
}

/**
 * Adds native methods to a builtin type's table. With `checkArity`, special
 * methods get their standard argument count checked before they run (for
 * natives that do not check their own arguments).
 */
export function defineMethods(type: PyClass, methods: Record<string, NativeFn>, opts: { checkArity?: boolean } = {}): void {
  for (const name of Object.keys(methods)) {
    const fn = opts.checkArity === true ? checkedDunder(type, name, methods[name]) : methods[name];
    type.dict.set(name, new PyBuiltin(name, fn, type));
  }
}

/**
 * Checks the positional argument count of a native (args[0] is self when
 * `skip` is 1), with CPython's "takes exactly one argument" wording.
 */
export function expectArgs(fname: string, args: Value[], kwnames: string[] | null, min: number, max = min, skip = 1): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0) throw typeError(`${fname}() takes no keyword arguments`);
  const n = args.length - skip;
  if (n >= min && n <= max) return;
  if (min === max) {
    throw typeError(min === 0 ? `${fname}() takes no arguments (${n} given)`
      : min === 1 ? `${fname}() takes exactly one argument (${n} given)` : `${fname}() takes exactly ${min} arguments (${n} given)`);
  }
  throw typeError(n < min ? `${fname}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`
    : `${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/**
 * A native attribute of a builtin type (`int.real`, `function.__name__`,
 * `type.__mro__`...): a data descriptor with a getter and an optional setter.
 */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (rt: Runtime, self: Value) => Value,
    readonly set: ((rt: Runtime, self: Value, value: Value | undefined) => void) | null = null,
  ) {
    super();
  }
}
PyGetSet.prototype.cls = GetSetDescriptorType;

/** Adds native attributes to a builtin type's table. */
export function defineGetSets(type: PyClass, attrs: Record<string, (rt: Runtime, self: Value) => Value>): void {
  for (const name of Object.keys(attrs)) type.dict.set(name, new PyGetSet(name, attrs[name]));
}
