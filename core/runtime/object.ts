/**
 * The object model's roots: type objects (`PyClass`), plain instances, cells
 * and the singletons. Every script value is one of:
 *   - a JS `number` (an int in the safe-integer range) or `bigint` (an int outside it),
 *   - a JS `string` (a str), a JS `boolean` (a bool),
 *   - an instance of a `PyObject` subclass defined by Sandling.
 * Never a raw JavaScript object, function or error: attribute lookup goes
 * through each type's `dict` (a `Map`), so JS property names mean nothing here.
 */

import { AttrDict } from './attr-dict.js';

/** Any script value (see the module comment for what it can be). */
export type Value = any;

/** Base of every heap value Sandling creates. `cls` is its Python type. */
export abstract class PyObject {
  declare cls: PyClass;
}

/** A mutable box: closure cells and global variables. `v === undefined` means unbound. */
export class Cell {
  v: Value;
  readonly name: string;
  /** For global cells: the builtin this name falls back to while unbound (cached lookup). */
  builtin: Value = undefined;
  constructor(v: Value, name: string) {
    this.v = v;
    this.name = name;
  }
}

const MISSING = Symbol('missing');

/** Names whose presence changes how attribute access works (see refreshFlags). */
const HOOK_NAMES = new Set(['__getattr__', '__getattribute__', '__setattr__', '__delattr__']);

/**
 * A Python type: builtin types and user classes alike. Attribute lookup walks
 * the MRO's `dict`s and is cached per class; caches are dropped when any class
 * in the hierarchy changes.
 */
export class PyClass extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyClass[];
  mro: PyClass[];
  readonly dict: Map<string, Value>;
  /** Builtin types are shared by all interpreters and immutable. */
  readonly builtin: boolean;
  /** The builtin type whose JS representation instances use (object, list, dict, int, ...). */
  layout: PyClass;
  /** Whether instances carry a `__dict__`. */
  instanceDict: boolean;
  /**
   * Native constructor of an exact builtin type (`int(...)`, `list(...)`); null
   * for user classes, which go through `__new__`/`__init__`.
   */
  construct: ((rt: any, cls: PyClass, args: Value[], kwnames: string[] | null) => Value) | null = null;
  /**
   * For builtin layouts: builds an instance of a subclass directly when the
   * subclass overrides neither `__new__` nor `__init__` (same result, no dispatch).
   */
  quickNew: ((rt: any, cls: PyClass, args: Value[], kwnames: string[] | null) => Value) | null = null;
  /** True when the class or a base (other than object) defines `__getattr__`. */
  hasGetattr = false;
  /** True when the class or a base (other than object) defines `__setattr__`/`__delattr__`. */
  hasSetattr = false;
  /** True when the class or a base (other than object) defines `__getattribute__`. */
  hasGetattribute = false;
  /**
   * True when a user class in the MRO holds a data descriptor (a property, or
   * an object whose type defines `__set__`/`__delete__`). When false, an
   * instance attribute can be read from the instance dict without consulting the class.
   */
  hasDataDescriptors = false;
  /** Instances' attributes (other than dunders) can be read straight from their dict: no data descriptors, no `__getattribute__`. */
  plainAttrLoads = true;
  /** Instances' attributes (other than dunders) can be stored straight into their dict: a dict, no hooks or data descriptors. */
  plainAttrStores = false;
  /** True when instances may be compared by user-defined dunders (speeds up builtins). */
  userDefined: boolean;
  /**
   * CPython's `tp_name` when it differs from `__name__` (types of extension
   * modules such as `datetime.date`): the name error messages show. Not inherited.
   */
  tpName: string | null = null;
  private cache = new Map<string, Value>();
  /** Changes whenever an attribute of this class or a base changes (for call-site caches). */
  version = 0;
  /**
   * The `__init__` (a Python function) that constructing this class runs after
   * a plain `object.__new__`, valid while `version` equals `plainInitVersion`
   * (see callClass).
   */
  plainInit: Value = null;
  plainInitVersion = -1;
  private readonly subclasses: PyClass[] = [];

  constructor(name: string, bases: PyClass[], opts: { builtin?: boolean; module?: string; layout?: PyClass; instanceDict?: boolean; dict?: Map<string, Value> } = {}) {
    super();
    this.name = name;
    this.qualname = name;
    this.module = opts.module ?? 'builtins';
    this.bases = bases;
    this.builtin = opts.builtin ?? false;
    this.userDefined = !this.builtin;
    this.dict = opts.dict ?? new Map();
    this.mro = bases.length === 0 ? [this] : computeMro(this, bases);
    this.layout = opts.layout ?? (bases.length ? bases[0].layout : this);
    this.instanceDict = opts.instanceDict ?? (!this.builtin || bases.some((b) => b.instanceDict));
    // Builtin types are shared by all interpreters and never change, so they keep
    // no list of user subclasses (that would leak classes across interpreters).
    for (const b of bases) if (!b.builtin) b.subclasses.push(this);
    this.refreshFlags();
  }

  /** Looks `name` up along the MRO (cached). */
  lookup(name: string): Value | undefined {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === MISSING ? undefined : hit;
    let found: Value = MISSING;
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found === MISSING ? undefined : found;
  }

  /** Sets a class attribute and drops that name from the lookup caches of this class and its subclasses. */
  setAttr(name: string, value: Value | undefined): void {
    const old = this.dict.get(name);
    if (value === undefined) this.dict.delete(name);
    else this.dict.set(name, value);
    // A new or removed hook or data descriptor changes the fast-path flags.
    const hook = HOOK_NAMES.has(name) || (typeof value === 'object' && value !== null) || value === undefined;
    // Call sites cache methods by class version; one plain value replacing another (`Shape.count += 1`)
    // cannot change which method a site calls, so it leaves their caches alone.
    this.invalidate(name, hook, hook || !(isPlainData(old) && isPlainData(value)));
  }

  private invalidate(name: string, hook: boolean, callSites: boolean): void {
    // Only `name` can resolve differently (e.g. `Shape.count += 1` in a constructor stays cheap).
    this.cache.delete(name);
    if (callSites) this.version++;
    if (hook) this.refreshFlags();
    for (const s of this.subclasses) s.invalidate(name, hook, callSites);
  }

  private refreshFlags(): void {
    this.hasGetattr = false;
    this.hasSetattr = false;
    this.hasGetattribute = false;
    this.hasDataDescriptors = false;
    for (const c of this.mro) {
      if (c.builtin) continue;
      if (c.dict.has('__getattr__')) this.hasGetattr = true;
      if (c.dict.has('__getattribute__')) this.hasGetattribute = true;
      for (const v of c.dict.values()) {
        if (v instanceof PyObject && v.cls !== undefined && (v.cls.lookup('__set__') !== undefined || v.cls.lookup('__delete__') !== undefined)) {
          this.hasDataDescriptors = true;
        }
      }
      if (c.dict.has('__setattr__') || c.dict.has('__delattr__')) this.hasSetattr = true;
    }
    this.plainAttrLoads = !this.hasDataDescriptors && !this.hasGetattribute;
    // Builtin bases other than object may hold data descriptors of their own (e.g. getsets): not plain.
    this.plainAttrStores = this.instanceDict && !this.hasDataDescriptors && !this.hasSetattr
      && this.mro.every((c, i) => !c.builtin || i === this.mro.length - 1);
  }

  /** Direct subclasses, in creation order (for `__subclasses__`). */
  directSubclasses(): PyClass[] {
    return this.subclasses.slice();
  }

  isSubclassOf(other: PyClass): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** C3 linearization; throws a plain Error describing the conflict (the caller turns it into TypeError). */
function computeMro(cls: PyClass, bases: PyClass[]): PyClass[] {
  const seqs = bases.map((b) => b.mro.slice()).concat([bases.slice()]);
  const out: PyClass[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyClass | null = null;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) {
      const names = bases.map((b) => b.name).join(', ');
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** An int, str or bool: a class attribute value no call site can have cached as a method. */
function isPlainData(v: Value | undefined): boolean {
  const t = typeof v;
  return t === 'number' || t === 'string' || t === 'boolean' || t === 'bigint';
}

/** Raised by `computeMro`; class creation converts it into a Python TypeError. */
export class MroError extends Error {}

/** An instance of a user class whose layout is `object`. */
export class PyInstance extends PyObject {
  /** Attributes (see AttrDict: generated code reads `dict.props` directly). */
  dict: AttrDict;
  constructor(cls: PyClass) {
    super();
    this.cls = cls;
    this.dict = new AttrDict();
  }
}

/** An instance of a user subclass of int, float, str or bytes: the builtin value plus a `__dict__`. */
export class PyBoxed extends PyObject {
  dict: Map<string, Value>;
  constructor(cls: PyClass, public value: Value) {
    super();
    this.cls = cls;
    this.dict = new Map();
  }
}

/** The `None`, `NotImplemented` and `Ellipsis` singletons share this shape. */
export class PySingleton extends PyObject {
  constructor(readonly repr: string) {
    super();
  }
}
