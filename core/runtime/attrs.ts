/**
 * Attribute access (`obj.name`, `obj.name = v`, `del obj.name`) with Python's
 * descriptor protocol. Lookup goes only through type tables (`PyClass.dict`)
 * and instance dicts (`Map`s): a JS property of a Sandling object is never
 * consulted, so `constructor`, `__proto__`, `toString` are ordinary names.
 */
import { PyBoxed, PyClass, PyInstance, PyObject, type Value } from './object.js';
import { None, TypeType } from './types.js';
import { PyBaseException, attributeError, typeError, AttributeErrorType } from './exceptions.js';
import {
  PyBoundMethod, PyBuiltin, PyClassMethod, PyFunction, PyGetSet, PyProperty, PyStaticMethod,
} from './function.js';
import { PyList, PyTuple, PyByteArray } from './values.js';
import { PyDict, PySet, PyFrozenSet } from './dict.js';
import { callSpecial, lookupSpecial, typeName, typeOf } from './ops.js';
import { callValue } from './call.js';
import { PySuper, superGetAttr } from './super.js';
import type { Runtime } from './runtime.js';

/** Objects that can carry per-instance attributes, with their attribute map (or null). */
export function instanceDictOf(obj: Value): Map<string, Value> | null {
  if (obj instanceof PyInstance || obj instanceof PyBoxed || obj instanceof PyBaseException) return obj.dict;
  if (obj instanceof PyFunction) return obj.dict ??= new Map();
  if (obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyDict || obj instanceof PySet ||
      obj instanceof PyFrozenSet || obj instanceof PyByteArray) {
    return obj.dict ?? null;
  }
  if (obj instanceof PyModuleLike) return obj.dict;
  if (obj instanceof PyNativeObject) return obj.dict;
  return null;
}

/**
 * Base of native objects whose types are defined outside core (stdlib types
 * such as `collections.deque` or `functools.partial`). Their instances may
 * carry a `__dict__` (`dict` non-null: subclass instances, function-like
 * wrappers), and a `__get__` on their type binds them like a user descriptor.
 */
export abstract class PyNativeObject extends PyObject {
  dict: Map<string, Value> | null = null;
}

/** Base class for module objects (defined here so attribute access knows them). */
export abstract class PyModuleLike extends PyObject {
  abstract readonly dict: Map<string, Value>;
  abstract readonly name: string;
}

/** Is `d` a data descriptor (it defines how attributes are set)? */
function isDataDescriptor(d: Value): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (typeof d !== 'object' || (d as PyObject).cls.builtin) return false;
  const t = (d as PyObject).cls;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

function descriptorGet(rt: Runtime, d: Value, obj: Value, owner: PyClass): Value {
  if (d instanceof PyProperty) {
    if (d.fget === None) throw attributeError(`property of '${owner.name}' object has no getter`);
    return callValue(rt, d.fget, [obj], null);
  }
  if (d instanceof PyGetSet) return d.get(rt, obj);
  const get = lookupSpecial(d, '__get__');
  return callSpecial(rt, d, get, [obj, owner]);
}

/** Binds a non-data class attribute to an instance. */
function bindToInstance(rt: Runtime, attr: Value, obj: Value, cls: PyClass): Value {
  if (attr instanceof PyFunction) return new PyBoundMethod(obj, attr);
  if (attr instanceof PyBuiltin) return attr.objclass !== null ? new PyBoundMethod(obj, attr) : attr;
  if (attr instanceof PyClassMethod) return new PyBoundMethod(cls, attr.func);
  if (attr instanceof PyStaticMethod) return attr.func;
  if (typeof attr === 'object' && (!(attr as PyObject).cls.builtin || attr instanceof PyNativeObject)) {
    const get = (attr as PyObject).cls.lookup('__get__');
    if (get !== undefined && get !== None) return callSpecial(rt, attr, get, [obj, cls]);
  }
  return attr;
}

/** Binds a class attribute accessed on the class itself (`A.f`, `A.cm`). */
function bindToClass(rt: Runtime, attr: Value, cls: PyClass): Value {
  if (attr instanceof PyClassMethod) return new PyBoundMethod(cls, attr.func);
  if (attr instanceof PyStaticMethod) return attr.func;
  if (typeof attr === 'object' && (!(attr as PyObject).cls.builtin || attr instanceof PyNativeObject) && !(attr instanceof PyClass)) {
    const get = (attr as PyObject).cls.lookup('__get__');
    if (get !== undefined && get !== None) return callSpecial(rt, attr, get, [None, cls]);
  }
  return attr;
}

/** `obj.name`: raises AttributeError when absent. */
export function getAttr(rt: Runtime, obj: Value, name: string): Value {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    if (!cls.hasDataDescriptors && !cls.hasGetattribute) {
      // No descriptor can take precedence: the instance dict answers first.
      const own = obj.dict.get(name);
      if (own === undefined) return classAttrOfInstance(rt, obj, name);
      if (name.charCodeAt(0) !== 95) return own;
    } else if (cls.hasGetattribute) {
      return userGetattribute(rt, obj, cls, name);
    }
    const attr = cls.lookup(name);
    if (attr === undefined) {
      const own = obj.dict.get(name);
      if (own !== undefined) return own;
      return missingAttr(rt, obj, cls, name);
    }
    if (attr instanceof PyFunction) {
      const own = obj.dict.get(name);
      return own !== undefined ? own : new PyBoundMethod(obj, attr);
    }
    if (isDataDescriptor(attr)) return descriptorGet(rt, attr, obj, cls);
    const own = obj.dict.get(name);
    if (own !== undefined) return own;
    return bindToInstance(rt, attr, obj, cls);
  }
  if (obj instanceof PyClass) return classGetAttr(rt, obj, name);
  return genericGetAttr(rt, obj, name);
}

/**
 * `obj.name` for an instance whose dict lacks `name` and whose class has
 * neither user data descriptors nor `__getattribute__`: the class answers.
 */
export function classAttrOfInstance(rt: Runtime, obj: PyInstance, name: string): Value {
  const cls = obj.cls;
  const attr = cls.lookup(name);
  if (attr === undefined) return missingAttr(rt, obj, cls, name);
  if (attr instanceof PyFunction) return new PyBoundMethod(obj, attr);
  if (isDataDescriptor(attr)) return descriptorGet(rt, attr, obj, cls);
  return bindToInstance(rt, attr, obj, cls);
}

/** Attribute lookup without user `__getattr__`/`__getattribute__` hooks (object.__getattribute__). */
export function genericGetAttr(rt: Runtime, obj: Value, name: string, useHook = true): Value {
  if (obj instanceof PyClass) return classGetAttr(rt, obj, name);
  if (obj instanceof PySuper) return superGetAttr(rt, obj, name);
  const cls = typeOf(obj);
  if (useHook && cls.hasGetattribute) return userGetattribute(rt, obj, cls, name);
  const attr = cls.lookup(name);
  if (attr !== undefined && isDataDescriptor(attr)) return descriptorGet(rt, attr, obj, cls);
  const dict = instanceDictOf(obj);
  if (dict !== null) {
    const own = dict.get(name);
    if (own !== undefined) return own;
  }
  if (attr !== undefined) return bindToInstance(rt, attr, obj, cls);
  if (obj instanceof PyBoundMethod) return getAttr(rt, obj.func, name);
  if (!useHook) throw noAttribute(obj, cls, name);
  return missingAttr(rt, obj, cls, name);
}

/** A class-defined `__getattribute__`, falling back to `__getattr__` on AttributeError. */
function userGetattribute(rt: Runtime, obj: Value, cls: PyClass, name: string): Value {
  const sp = rt.sp;
  try {
    return callSpecial(rt, obj, cls.lookup('__getattribute__'), [name]);
  } catch (e) {
    if (cls.hasGetattr && e instanceof PyBaseException && e.cls.isSubclassOf(AttributeErrorType)) {
      rt.sp = sp;
      return callSpecial(rt, obj, cls.lookup('__getattr__'), [name]);
    }
    throw e;
  }
}

function missingAttr(rt: Runtime, obj: Value, cls: PyClass, name: string): Value {
  if (cls.hasGetattr) {
    const hook = cls.lookup('__getattr__');
    return callSpecial(rt, obj, hook, [name]);
  }
  throw noAttribute(obj, cls, name);
}

function noAttribute(obj: Value, cls: PyClass, name: string): PyBaseException {
  if (obj instanceof PyModuleLike) return attributeError(`module '${obj.name}' has no attribute '${name}'`, name, obj);
  return attributeError(`'${cls.tpName ?? cls.name}' object has no attribute '${name}'`, name, obj);
}

function classGetAttr(rt: Runtime, cls: PyClass, name: string): Value {
  const meta = cls.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return descriptorGet(rt, metaAttr, cls, meta);
  const attr = cls.lookup(name);
  if (attr !== undefined) return bindToClass(rt, attr, cls);
  if (metaAttr !== undefined) return bindToInstance(rt, metaAttr, cls, meta);
  if (meta !== TypeType && meta.hasGetattr) return callSpecial(rt, cls, meta.lookup('__getattr__'), [name]);
  throw attributeError(`type object '${cls.name}' has no attribute '${name}'`, name, cls);
}

/** `getattr(obj, name, default)`: returns `undefined` when absent (AttributeError). */
export function getAttrOrUndefined(rt: Runtime, obj: Value, name: string): Value | undefined {
  const sp = rt.sp;
  try {
    return getAttr(rt, obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(AttributeErrorType)) {
      rt.sp = sp; // drop frames the swallowed exception unwound
      return undefined;
    }
    throw e;
  }
}

// ------------------------------------------------------------------ setting

/** `obj.name = value` (value undefined means `del obj.name`). */
export function setAttr(rt: Runtime, obj: Value, name: string, value: Value | undefined): void {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    if (cls.hasSetattr) {
      const hookName = value === undefined ? '__delattr__' : '__setattr__';
      const hook = cls.lookup(hookName);
      if (hook !== undefined && !(hook instanceof PyBuiltin)) {
        callSpecial(rt, obj, hook, value === undefined ? [name] : [name, value]);
        return;
      }
    }
    const attr = cls.lookup(name);
    if (attr === undefined || attr instanceof PyFunction || !isDataDescriptor(attr)) {
      if (!cls.instanceDict) {
        throw attributeError(attr === undefined ? `'${cls.name}' object has no attribute '${name}'` : `'${cls.name}' object attribute '${name}' is read-only`, name, obj);
      }
      if (value === undefined) {
        if (!obj.dict.delete(name)) throw attributeError(`'${cls.name}' object has no attribute '${name}'`, name, obj);
      } else {
        obj.dict.set(name, value);
      }
      return;
    }
    descriptorSet(rt, attr, obj, cls, name, value);
    return;
  }
  genericSetAttr(rt, obj, name, value, true);
}

/** object.__setattr__ semantics (optionally honouring a user `__setattr__`). */
export function genericSetAttr(rt: Runtime, obj: Value, name: string, value: Value | undefined, useHook = false): void {
  if (obj instanceof PyClass) {
    // A metaclass __setattr__/__delattr__ (e.g. Enum refusing to rebind members) sees class attribute writes.
    const meta = obj.cls;
    if (useHook && !meta.builtin && meta.hasSetattr) {
      const hook = meta.lookup(value === undefined ? '__delattr__' : '__setattr__');
      if (hook !== undefined && !(hook instanceof PyBuiltin)) {
        callSpecial(rt, obj, hook, value === undefined ? [name] : [name, value]);
        return;
      }
    }
    classSetAttr(rt, obj, name, value);
    return;
  }
  const cls = typeOf(obj);
  if (useHook && cls.hasSetattr) {
    const hook = cls.lookup(value === undefined ? '__delattr__' : '__setattr__');
    if (hook !== undefined && !(hook instanceof PyBuiltin)) {
      callSpecial(rt, obj, hook, value === undefined ? [name] : [name, value]);
      return;
    }
  }
  const attr = cls.lookup(name);
  if (attr !== undefined && isDataDescriptor(attr)) {
    descriptorSet(rt, attr, obj, cls, name, value);
    return;
  }
  const dict = instanceDictOf(obj);
  if (dict === null) {
    if (attr !== undefined) throw attributeError(`'${cls.name}' object attribute '${name}' is read-only`, name, obj);
    throw attributeError(`'${cls.name}' object has no attribute '${name}'`, name, obj);
  }
  if (value === undefined) {
    if (!dict.delete(name)) throw noAttribute(obj, cls, name);
  } else {
    dict.set(name, value);
  }
}

function descriptorSet(rt: Runtime, d: Value, obj: Value, cls: PyClass, name: string, value: Value | undefined): void {
  if (d instanceof PyProperty) {
    const fn = value === undefined ? d.fdel : d.fset;
    if (fn === None) {
      const what = value === undefined ? 'deleter' : 'setter';
      throw attributeError(`property '${name}' of '${cls.name}' object has no ${what}`, name, obj);
    }
    callValue(rt, fn, value === undefined ? [obj] : [obj, value], null);
    return;
  }
  if (d instanceof PyGetSet) {
    if (d.set === null) {
      throw attributeError(`attribute '${name}' of '${cls.tpName ?? cls.name}' objects is not writable`, name, obj);
    }
    d.set(rt, obj, value);
    return;
  }
  const hook = lookupSpecial(d, value === undefined ? '__delete__' : '__set__');
  if (hook === undefined) throw attributeError(value === undefined ? '__delete__' : '__set__');
  callSpecial(rt, d, hook, value === undefined ? [obj] : [obj, value]);
}

function classSetAttr(rt: Runtime, cls: PyClass, name: string, value: Value | undefined): void {
  if (cls.builtin) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  const meta = cls.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    descriptorSet(rt, metaAttr, cls, meta, name, value);
    return;
  }
  if (value === undefined) {
    if (!cls.dict.has(name)) throw attributeError(`type object '${cls.name}' has no attribute '${name}'`, name, cls);
    cls.setAttr(name, undefined);
    return;
  }
  cls.setAttr(name, value);
}

/** hasattr(obj, name) */
export function hasAttr(rt: Runtime, obj: Value, name: string): boolean {
  return getAttrOrUndefined(rt, obj, name) !== undefined;
}

export { typeName };
