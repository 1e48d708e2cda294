/**
 * Class creation (the `class` statement and `type(name, bases, dict)`):
 * base validation, metaclass selection, instance layout, C3 MRO, the implicit
 * staticmethod/classmethod wrapping CPython applies, `__hash__ = None` for
 * classes that define `__eq__` only, `__set_name__` and `__init_subclass__`.
 */
import { MroError, PyClass, PyObject, type Value } from './object.js';
import { None, ObjectType, TupleType, TypeType, notSubclassable } from './types.js';
import { typeError } from './exceptions.js';
import { PyClassMethod, PyFunction, PyStaticMethod } from './function.js';
import { callSpecial, lookupSpecial, typeName } from './ops.js';
import { callValue } from './call.js';
import { getAttr, getAttrOrUndefined } from './attrs.js';
import { PySuper } from './super.js';
import type { Runtime } from './runtime.js';

/** The `class` statement: picks the metaclass and calls it. */
export function buildClass(rt: Runtime, name: string, bases: Value[], ns: Map<string, Value>, metaclass: Value, kwargs: Map<string, Value>): Value {
  const resolved = resolveMroEntries(rt, bases);
  if (resolved !== bases) {
    ns.set('__orig_bases__', tupleOf(bases));
    bases = resolved;
  }
  for (const b of bases) {
    if (!(b instanceof PyClass)) throw typeError(`bases must be types, not ${typeName(b)}`);
  }
  let meta: Value = metaclass;
  if (meta === undefined) {
    meta = TypeType;
    for (const b of bases as PyClass[]) if (b.cls.isSubclassOf(meta as PyClass)) meta = b.cls;
  }
  if (meta === TypeType || (meta instanceof PyClass && meta.lookup('__new__') === TypeType.dict.get('__new__') && meta.lookup('__init__') === TypeType.dict.get('__init__'))) {
    return createClass(rt, meta as PyClass, name, bases as PyClass[], ns, kwargs);
  }
  // A user metaclass: meta(name, bases, namespace, **kwargs).
  const nsDict = namespaceToDict(ns);
  const kwnames = [...kwargs.keys()];
  return callValue(rt, meta, [name, tupleOf(bases), nsDict, ...kwargs.values()], kwnames.length ? kwnames : null);
}

/**
 * PEP 560: a base that is not a class but has `__mro_entries__` (`Generic[T]`,
 * `List[int]`) is replaced by the classes it returns. Returns `bases` itself
 * when nothing was replaced.
 */
function resolveMroEntries(rt: Runtime, bases: Value[]): Value[] {
  if (bases.every((b) => b instanceof PyClass)) return bases;
  const out: Value[] = [];
  for (const b of bases) {
    // An ordinary attribute lookup, as in CPython (typing.NamedTuple is a function carrying __mro_entries__).
    const hook = b instanceof PyClass ? undefined : getAttrOrUndefined(rt, b, '__mro_entries__');
    if (hook === undefined) {
      out.push(b);
      continue;
    }
    const entries = callValue(rt, hook, [tupleOf(bases)], null);
    if (!(entries instanceof PyObject) || !entries.cls.isSubclassOf(TupleType)) throw typeError('__mro_entries__ must return a tuple');
    out.push(...(entries as unknown as { items: Value[] }).items);
  }
  return out;
}

let dictFactory: ((ns: Map<string, Value>) => Value) | null = null;
let tupleFactory: ((items: Value[]) => Value) | null = null;
/** Wired at bootstrap to avoid an import cycle with dict/values at load time. */
export function setClassFactories(d: (ns: Map<string, Value>) => Value, t: (items: Value[]) => Value): void {
  dictFactory = d;
  tupleFactory = t;
}
function namespaceToDict(ns: Map<string, Value>): Value {
  return dictFactory!(ns);
}
function tupleOf(items: Value[]): Value {
  return tupleFactory!(items);
}

/** type.__new__(meta, name, bases, ns): builds the class object. */
export function createClass(rt: Runtime, meta: PyClass, name: string, bases: PyClass[], ns: Map<string, Value>, kwargs: Map<string, Value>): PyClass {
  for (const b of bases) {
    if (notSubclassable.has(b)) throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  const seen = new Set<PyClass>();
  for (const b of bases) {
    if (seen.has(b)) throw typeError(`duplicate base class ${b.name}`);
    seen.add(b);
  }
  const effectiveBases = bases.length === 0 ? [ObjectType] : bases;
  const layout = solidLayout(effectiveBases);
  // CPython makes these implicitly static/class methods.
  const newFn = ns.get('__new__');
  if (newFn instanceof PyFunction) ns.set('__new__', new PyStaticMethod(newFn));
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const fn = ns.get(special);
    if (fn instanceof PyFunction) ns.set(special, new PyClassMethod(fn));
  }
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', None);
  let cls: PyClass;
  try {
    const mod = ns.get('__module__');
    cls = new PyClass(name, effectiveBases, { dict: ns, layout, module: typeof mod === 'string' ? mod : '__main__' });
  } catch (e) {
    if (e instanceof MroError) throw typeError(e.message);
    throw e;
  }
  cls.cls = meta;
  const qn = ns.get('__qualname__');
  if (typeof qn === 'string') cls.qualname = qn;
  ns.delete('__qualname__');
  if (!ns.has('__doc__')) ns.set('__doc__', None);
  for (const [attrName, value] of [...ns]) {
    if (typeof value !== 'object' || value === null || (value as PyClass).cls?.builtin) continue;
    const setName = lookupSpecial(value, '__set_name__');
    if (setName !== undefined && setName !== None) callSpecial(rt, value, setName, [cls, attrName]);
  }
  const parent = new PySuper(cls, cls, cls);
  const initSub = getAttr(rt, parent, '__init_subclass__');
  const kwnames = [...kwargs.keys()];
  callValue(rt, initSub, [...kwargs.values()], kwnames.length ? kwnames : null);
  return cls;
}

/** The builtin layout instances of a class with these bases use; bases must agree. */
function solidLayout(bases: PyClass[]): PyClass {
  let layout = ObjectType;
  for (const b of bases) {
    const l = b.layout;
    if (l === ObjectType || l === layout) continue;
    if (layout === ObjectType || l.isSubclassOf(layout)) {
      layout = l;
      continue;
    }
    if (layout.isSubclassOf(l)) continue;
    throw typeError('multiple bases have instance lay-out conflict');
  }
  return layout;
}
