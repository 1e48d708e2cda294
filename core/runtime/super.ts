/**
 * `super()` objects: attribute lookup that starts after a given class in the
 * MRO of the instance's (or class's) type.
 */
import { PyClass, PyObject, type Value } from './object.js';
import { None, SuperType } from './types.js';
import { attributeError, typeError } from './exceptions.js';
import { PyBoundMethod, PyBuiltin, PyClassMethod, PyFunction, PyGetSet, PyProperty, PyStaticMethod } from './function.js';
import { callSpecial, isInstance, typeName, typeOf } from './ops.js';
import { callValue } from './call.js';
import type { Runtime } from './runtime.js';

export class PySuper extends PyObject {
  constructor(readonly thisClass: PyClass, readonly obj: Value, readonly objType: PyClass) {
    super();
  }
}
PySuper.prototype.cls = SuperType;

/** `super(cls, obj)`. */
export function makeSuper(_rt: Runtime, cls: Value, obj: Value): PySuper {
  if (!(cls instanceof PyClass)) throw typeError(`super() argument 1 must be a type, not ${typeName(cls)}`);
  if (obj instanceof PyClass && obj.isSubclassOf(cls)) return new PySuper(cls, obj, obj);
  if (isInstance(obj, cls)) return new PySuper(cls, obj, typeOf(obj));
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

/** The attribute `name` on the MRO after `thisClass`, unbound (or undefined). */
export function superLookup(s: PySuper, name: string): Value | undefined {
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisClass);
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function superGetAttr(rt: Runtime, s: PySuper, name: string): Value {
  const attr = name === '__class__' ? undefined : superLookup(s, name);
  if (attr === undefined) {
    if (name === '__class__') return SuperType;
    if (name === '__self__') return s.obj;
    if (name === '__thisclass__') return s.thisClass;
    throw attributeError(`'super' object has no attribute '${name}'`, name, s);
  }
  const instance = s.obj === s.objType ? None : s.obj;
  if (attr instanceof PyFunction) return instance === None ? attr : new PyBoundMethod(s.obj, attr);
  if (attr instanceof PyBuiltin) return attr.objclass !== null && instance !== None ? new PyBoundMethod(s.obj, attr) : attr;
  if (attr instanceof PyClassMethod) return new PyBoundMethod(s.objType, attr.func);
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyProperty) return instance === None ? attr : callValue(rt, attr.fget, [s.obj], null);
  if (attr instanceof PyGetSet) return instance === None ? attr : attr.get(rt, s.obj);
  if (typeof attr === 'object' && !(attr as PyObject).cls.builtin) {
    const get = (attr as PyObject).cls.lookup('__get__');
    if (get !== undefined && get !== None) return callSpecial(rt, attr, get, [instance, s.objType]);
  }
  return attr;
}
