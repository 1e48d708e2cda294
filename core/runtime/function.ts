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
  BuiltinFunctionType, ClassMethodType, FunctionType, MethodType, None, PropertyType, StaticMethodType, builtinType,
} from './types.js';

export const GetSetDescriptorType = builtinType('getset_descriptor', undefined, { subclassable: false });
import type { Frame, Namespace, Runtime } from './runtime.js';

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

/** Adds native methods to a builtin type's table. */
export function defineMethods(type: PyClass, methods: Record<string, NativeFn>): void {
  for (const name of Object.keys(methods)) type.dict.set(name, new PyBuiltin(name, methods[name], type));
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
