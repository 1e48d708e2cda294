/**
 * Method tables of `object`, `type`, functions, methods and the descriptor
 * types (classmethod, staticmethod, property), `NoneType` and modules.
 * Only sandbox values are reachable from here: no `__globals__`, `__code__`,
 * `__closure__` or frames exist, and builtin types cannot be modified.
 */
import { PyBoxed, PyClass, PyInstance, PyObject, type Value } from '../object.js';
import {
  BuiltinFunctionType, CellType, ClassMethodType, FunctionType, MappingProxyType, MethodType, ModuleType, NoneType, None,
  NotImplemented, NotImplementedType, EllipsisType, Ellipsis, ObjectType, PropertyType, StaticMethodType, SuperType, TypeType,
} from '../types.js';
import { attributeError, typeError, valueError } from '../exceptions.js';
import {
  PyBoundMethod, PyBuiltin, PyClassMethod, PyFunction, PyGetSet, PyProperty, PyStaticMethod, defineGetSets, defineMethods, expectArgs,
} from '../function.js';
import { EMPTY_TUPLE, PyList, PyTuple, tuple } from '../values.js';
import { PyDict } from '../dict.js';
import { AttrDict } from '../attr-dict.js';
import { argSpec, noArgs, parseArgs } from '../args.js';
import { builtinRepr, callSpecial, defaultRepr, repr, str, truthy, typeName, typeOf } from '../ops.js';
import { objectId } from '../hashing.js';
import { objectFormat } from '../format.js';
import { genericGetAttr, genericSetAttr, getAttr, instanceDictOf } from '../attrs.js';
import { callClass, callValue } from '../call.js';
import { createClass, setClassFactories } from '../classes.js';
import { makeSuper } from '../super.js';
import { PyModule } from '../module.js';
import { makeUnion } from '../union.js';
import { Cell } from '../object.js';
import type { Runtime } from '../runtime.js';

function staticNative(name: string, fn: PyBuiltin['fn']): PyStaticMethod {
  return new PyStaticMethod(new PyBuiltin(name, fn));
}

function classNative(name: string, fn: PyBuiltin['fn']): PyClassMethod {
  return new PyClassMethod(new PyBuiltin(name, fn));
}

/** Instances are plain PyInstances with an attribute dict (no native state from a builtin base). */
function isPlainLayout(cls: PyClass): boolean {
  return cls.layout === ObjectType && cls.instanceDict;
}

/** A live dict view over an attribute map (what `obj.__dict__` returns); an instance's is always the same dict. */
export function dictView(map: Map<string, Value>): PyDict {
  if (map instanceof AttrDict && map.view instanceof PyDict) return map.view;
  const d = new PyDict();
  d.map = map;
  if (map instanceof AttrDict) map.view = d;
  return d;
}

// ------------------------------------------------------------------ object

const objectNew = staticNative('__new__', (rt, args) => {
  if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyClass)) throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  if (cls.builtin) throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  if (args.length > 1 && cls.lookup('__init__') === ObjectType.dict.get('__init__')) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.layout !== ObjectType) throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.layout.name}.__new__()`);
  return new PyInstance(cls);
});
ObjectType.dict.set('__new__', objectNew);

defineMethods(ObjectType, {
  __init__(_rt, args) {
    if (args.length > 1) {
      const cls = typeOf(args[0]);
      if (cls.lookup('__init__') !== ObjectType.dict.get('__init__')) {
        throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      }
      if (cls.lookup('__new__') === objectNew) throw typeError(`${cls.name}() takes no arguments`);
    }
    return None;
  },
  __repr__(rt, args) {
    return defaultRepr(rt, args[0]);
  },
  __str__(rt, args) {
    return repr(rt, args[0]);
  },
  __eq__(_rt, args) {
    return args[0] === args[1] ? true : NotImplemented;
  },
  __ne__(rt, args) {
    // As CPython: the inverse of type(self).__eq__(self, other), NotImplemented passed through.
    const self = args[0];
    const eqFn = typeOf(self).lookup('__eq__');
    const r = eqFn === undefined ? NotImplemented : callSpecial(rt, self, eqFn, [args[1]]);
    if (r === NotImplemented) return NotImplemented;
    return !truthy(rt, r);
  },
  __hash__(rt, args) {
    return objectId(rt, args[0]);
  },
  __format__(rt, args) {
    const spec = args[1];
    if (typeof spec !== 'string') throw typeError(`format expects arg 2 to be string or None, not ${typeName(spec)}`);
    return objectFormat(rt, args[0], spec);
  },
  __getattribute__(rt, args) {
    const name = args[1];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    return genericGetAttr(rt, args[0], name, false);
  },
  __setattr__(rt, args) {
    const name = args[1];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    genericSetAttr(rt, args[0], name, args[2]);
    return None;
  },
  __delattr__(rt, args) {
    const name = args[1];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    genericSetAttr(rt, args[0], name, undefined);
    return None;
  },
  __dir__(rt, args) {
    return new PyList(dirOf(rt, args[0]));
  },
  __reduce_ex__() {
    throw typeError('pickling is not supported in Sandling');
  },
}, { checkArity: true });
ObjectType.dict.set('__init_subclass__', classNative('__init_subclass__', (_rt, args, kwnames) => {
  if (args.length > 1) throw typeError(`${(args[0] as PyClass).name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${(args[0] as PyClass).name}.__init_subclass__() takes no keyword arguments`);
  return None;
}));
ObjectType.dict.set('__class__', new PyGetSet('__class__', (_rt, self) => typeOf(self), (_rt, self, value) => {
  if (value === undefined) throw typeError("can't delete __class__ attribute");
  if (!(value instanceof PyClass)) throw typeError(`__class__ must be set to a class, not '${typeName(value)}' object`);
  // Between plain classes only: an instance's whole state is then its attribute dict, so any such class fits.
  const cls = typeOf(self);
  if (!(self instanceof PyInstance) || cls.builtin || value.builtin) {
    throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (!isPlainLayout(value) || !isPlainLayout(cls)) {
    throw typeError(`__class__ assignment: '${value.name}' object layout differs from '${cls.name}'`);
  }
  self.cls = value;
}));
ObjectType.dict.set('__dict__', new PyGetSet('__dict__', (_rt, self) => {
  if (self instanceof PyClass) return classDictProxy(self);
  const d = instanceDictOf(self);
  if (d === null) throw attributeError(`'${typeName(self)}' object has no attribute '__dict__'`);
  return dictView(d);
}));
ObjectType.dict.set('__doc__', 'The base class of the class hierarchy.');

/** Sorted attribute names visible on `v` (for `dir()`). */
export function dirOf(_rt: Runtime, v: Value): string[] {
  const names = new Set<string>();
  const d = v instanceof PyObject ? instanceDictOf(v) : null;
  if (d !== null) for (const k of d.keys()) names.add(k);
  if (v instanceof PyClass) {
    for (const c of v.mro) for (const k of c.dict.keys()) names.add(k);
  } else {
    for (const c of typeOf(v).mro) for (const k of c.dict.keys()) names.add(k);
  }
  return [...names].sort();
}

// ------------------------------------------------------------------ type

function classDictProxy(cls: PyClass): PyDict {
  const d = new PyDict();
  for (const [k, v] of cls.dict) d.map.set(k, v);
  d.cls = MappingProxyType;
  return d;
}

TypeType.construct = (rt, _cls, args, kwnames) => {
  if (args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
  return typeNew(rt, [TypeType, ...args], kwnames);
};

function typeNew(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 4) throw typeError('type() takes 1 or 3 arguments');
  const [meta, name, bases, ns] = args;
  if (!(meta instanceof PyClass)) throw typeError(`type.__new__(X): X is not a type object (${typeName(meta)})`);
  if (!meta.isSubclassOf(TypeType)) throw typeError(`type.__new__(${meta.name}): ${meta.name} is not a subtype of type`);
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  for (const b of bases.items) if (!(b instanceof PyClass)) throw typeError(`bases must be types, not ${typeName(b)}`);
  const map = new Map<string, Value>();
  for (const [nk, v] of ns.map) {
    const k = ns.keyOf(nk);
    if (typeof k !== 'string') throw typeError('type.__new__() namespace keys must be strings');
    map.set(k, v);
  }
  if (!map.has('__module__')) map.set('__module__', '__main__');
  if (!map.has('__qualname__')) map.set('__qualname__', name);
  const extra = new Map<string, Value>();
  for (let i = 0; i < nkw; i++) extra.set(kwnames![i], args[npos + i]);
  return createClass(rt, meta, name, bases.items as PyClass[], map, extra);
}

TypeType.dict.set('__new__', staticNative('__new__', (rt, args, kwnames) => typeNew(rt, args, kwnames)));
defineMethods(TypeType, {
  __init__() {
    return None;
  },
  __call__(rt, args, kwnames) {
    const cls = args[0];
    if (!(cls instanceof PyClass)) throw typeError("descriptor '__call__' requires a 'type' object");
    return callClass(rt, cls, args.slice(1), kwnames);
  },
  __repr__(rt, args) {
    return builtinRepr(rt, args[0]);
  },
  mro(_rt, args, kwnames) {
    expectArgs('type.mro', args, kwnames, 0);
    return new PyList((args[0] as PyClass).mro.slice());
  },
  __subclasses__(_rt, args, kwnames) {
    expectArgs('type.__subclasses__', args, kwnames, 0);
    const cls = args[0] as PyClass;
    return new PyList(cls.builtin ? [] : cls.directSubclasses());
  },
  __instancecheck__(_rt, args) {
    return typeOf(args[1]).isSubclassOf(args[0] as PyClass);
  },
  __subclasscheck__(_rt, args) {
    const sub = args[1];
    if (!(sub instanceof PyClass)) throw typeError('issubclass() arg 1 must be a class');
    return sub.isSubclassOf(args[0] as PyClass);
  },
  __or__(_rt, args) {
    return makeUnion(args[0], args[1]);
  },
  __ror__(_rt, args) {
    return makeUnion(args[1], args[0]);
  },
}, { checkArity: true });

function setClassName(_rt: Runtime, self: Value, v: Value | undefined, what: '__name__' | '__qualname__'): void {
  const cls = self as PyClass;
  if (cls.builtin) throw typeError(`cannot set '${what}' attribute of immutable type '${cls.name}'`);
  if (typeof v !== 'string') throw typeError(`can only assign string to ${cls.name}.${what}, not '${typeName(v)}'`);
  if (what === '__name__') cls.name = v;
  else cls.qualname = v;
}

TypeType.dict.set('__name__', new PyGetSet('__name__', (_rt, self) => (self as PyClass).name, (rt, self, v) => setClassName(rt, self, v, '__name__')));
TypeType.dict.set('__qualname__', new PyGetSet('__qualname__', (_rt, self) => (self as PyClass).qualname, (rt, self, v) => setClassName(rt, self, v, '__qualname__')));
TypeType.dict.set('__module__', new PyGetSet('__module__', (_rt, self) => {
  const cls = self as PyClass;
  return cls.dict.get('__module__') ?? cls.module;
}, (_rt, self, v) => {
  const cls = self as PyClass;
  if (cls.builtin) throw typeError(`cannot set '__module__' attribute of immutable type '${cls.name}'`);
  cls.setAttr('__module__', v);
}));
TypeType.dict.set('__doc__', new PyGetSet('__doc__', (_rt, self) => {
  const d = (self as PyClass).dict.get('__doc__');
  return d === undefined ? None : d;
}, (_rt, self, v) => {
  // Writable on user classes, as in CPython (dataclasses sets a signature docstring).
  const cls = self as PyClass;
  if (cls.builtin) throw typeError(`cannot set '__doc__' attribute of immutable type '${cls.name}'`);
  cls.setAttr('__doc__', v === undefined ? None : v);
}));
defineGetSets(TypeType, {
  __mro__: (_rt, self) => tuple((self as PyClass).mro.slice()),
  __bases__: (_rt, self) => tuple((self as PyClass).bases.slice()),
  __base__: (_rt, self) => {
    const b = (self as PyClass).bases;
    return b.length === 0 ? None : b[0];
  },
  __dict__: (_rt, self) => classDictProxy(self as PyClass),
});

// ------------------------------------------------------------------ functions

function funcOf(self: Value): PyFunction {
  return self as PyFunction;
}

FunctionType.dict.set('__name__', new PyGetSet('__name__', (_rt, s) => funcOf(s).name, (_rt, s, v) => {
  if (typeof v !== 'string') throw typeError('__name__ must be set to a string object');
  funcOf(s).name = v;
}));
FunctionType.dict.set('__qualname__', new PyGetSet('__qualname__', (_rt, s) => funcOf(s).qualname, (_rt, s, v) => {
  if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object');
  funcOf(s).qualname = v;
}));
FunctionType.dict.set('__doc__', new PyGetSet('__doc__', (_rt, s) => funcOf(s).doc, (_rt, s, v) => {
  funcOf(s).doc = v === undefined ? None : v;
}));
FunctionType.dict.set('__module__', new PyGetSet('__module__', (_rt, s) => funcOf(s).module, (_rt, s, v) => {
  funcOf(s).module = v === undefined ? None : v;
}));
FunctionType.dict.set('__defaults__', new PyGetSet('__defaults__', (_rt, s) => {
  const d = funcOf(s).defaults;
  return d.length === 0 ? None : tuple(d.slice());
}, (_rt, s, v) => {
  if (v === undefined || v === None) funcOf(s).defaults = [];
  else if (v instanceof PyTuple) funcOf(s).defaults = v.items.slice();
  else throw typeError('__defaults__ must be set to a tuple object');
}));
FunctionType.dict.set('__kwdefaults__', new PyGetSet('__kwdefaults__', (rt, s) => {
  const kd = funcOf(s).kwdefaults;
  if (kd === null || kd.size === 0) return None;
  const d = new PyDict();
  for (const [k, v] of kd) d.set(rt, k, v);
  return d;
}));
FunctionType.dict.set('__dict__', new PyGetSet('__dict__', (_rt, s) => dictView(funcOf(s).dict ??= new Map())));
FunctionType.dict.set('__annotations__', new PyGetSet('__annotations__', () => new PyDict()));
FunctionType.dict.set('__closure__', new PyGetSet('__closure__', (_rt, s) => {
  const c = funcOf(s).closure;
  return c === null ? None : tuple(c.map((cell) => new PyCellObject(cell)));
}));

/** A closure cell as scripts see it (`fn.__closure__[0].cell_contents`). */
export class PyCellObject extends PyObject {
  constructor(readonly cell: Cell) {
    super();
  }
}
PyCellObject.prototype.cls = CellType;
defineGetSets(CellType, {
  cell_contents: (_rt, s) => {
    const v = (s as PyCellObject).cell.v;
    if (v === undefined) throw valueError('Cell is empty');
    return v;
  },
});
defineMethods(FunctionType, {
  __get__(_rt, args) {
    const [fn, obj] = args;
    return obj === None || obj === undefined ? fn : new PyBoundMethod(obj, fn);
  },
  __repr__(rt, args) {
    return builtinRepr(rt, args[0]);
  },
  __call__(rt, args, kwnames) {
    return callValue(rt, args[0], args.slice(1), kwnames);
  },
}, { checkArity: true });

defineGetSets(MethodType, {
  __self__: (_rt, s) => (s as PyBoundMethod).self,
  __func__: (_rt, s) => (s as PyBoundMethod).func,
  // The function's docstring (not object's, which the type lookup would find first).
  __doc__: (rt, s) => getAttr(rt, (s as PyBoundMethod).func, '__doc__'),
});
defineMethods(MethodType, {
  __eq__(_rt, args) {
    const [a, b] = args;
    if (!(b instanceof PyBoundMethod)) return NotImplemented;
    return (a as PyBoundMethod).self === b.self && (a as PyBoundMethod).func === b.func;
  },
  __hash__(rt, args) {
    return objectId(rt, (args[0] as PyBoundMethod).func) ^ objectId(rt, (args[0] as PyBoundMethod).self);
  },
  __repr__(rt, args) {
    return builtinRepr(rt, args[0]);
  },
  __call__(rt, args, kwnames) {
    return callValue(rt, args[0], args.slice(1), kwnames);
  },
}, { checkArity: true });

defineGetSets(BuiltinFunctionType, {
  __name__: (_rt, s) => (s as PyBuiltin).name,
  __qualname__: (_rt, s) => {
    const b = s as PyBuiltin;
    return b.objclass === null ? b.name : `${b.objclass.name}.${b.name}`;
  },
  __doc__: (_rt, s) => (s as PyBuiltin).doc ?? None,
  __module__: (_rt, s) => (s as PyBuiltin).module ?? ((s as PyBuiltin).objclass === null ? 'builtins' : None),
  __self__: () => None,
});
defineMethods(BuiltinFunctionType, {
  __repr__(rt, args) {
    return builtinRepr(rt, args[0]);
  },
  __call__(rt, args, kwnames) {
    return callValue(rt, args[0], args.slice(1), kwnames);
  },
}, { checkArity: true });

// ------------------------------------------------------------------ descriptors

const oneFunc = argSpec('classmethod', ['function']);
ClassMethodType.construct = (_rt, _cls, args, kwnames) => new PyClassMethod(parseArgs(oneFunc, args, kwnames)[0]);
StaticMethodType.construct = (_rt, _cls, args, kwnames) => new PyStaticMethod(parseArgs(argSpec('staticmethod', ['function']), args, kwnames)[0]);
defineGetSets(ClassMethodType, {
  __func__: (_rt, s) => (s as PyClassMethod).func,
  __wrapped__: (_rt, s) => (s as PyClassMethod).func,
  __isabstractmethod__: (rt, s) => isAbstract(rt, (s as PyClassMethod).func),
});
defineMethods(ClassMethodType, {
  __get__(rt, args) {
    const [self, obj, owner] = args;
    const cls = owner === undefined || owner === None ? typeOf(obj) : owner;
    void rt;
    return new PyBoundMethod(cls, (self as PyClassMethod).func);
  },
}, { checkArity: true });
defineGetSets(StaticMethodType, {
  __func__: (_rt, s) => (s as PyStaticMethod).func,
  __wrapped__: (_rt, s) => (s as PyStaticMethod).func,
  __isabstractmethod__: (rt, s) => isAbstract(rt, (s as PyStaticMethod).func),
});
defineMethods(StaticMethodType, {
  __get__(_rt, args) {
    return (args[0] as PyStaticMethod).func;
  },
  __call__(rt, args, kwnames) {
    return callValue(rt, (args[0] as PyStaticMethod).func, args.slice(1), kwnames);
  },
}, { checkArity: true });

function isAbstract(_rt: Runtime, fn: Value): boolean {
  if (fn instanceof PyFunction && fn.dict !== null) return fn.dict.get('__isabstractmethod__') === true;
  return false;
}

const propertySpec = argSpec('property', ['fget?', 'fset?', 'fdel?', 'doc?']);
PropertyType.construct = (_rt, _cls, args, kwnames) => {
  const [fget, fset, fdel, doc] = parseArgs(propertySpec, args, kwnames);
  let d = doc ?? None;
  if (d === None && fget instanceof PyFunction) d = fget.doc;
  return new PyProperty(fget ?? None, fset ?? None, fdel ?? None, d);
};
defineGetSets(PropertyType, {
  fget: (_rt, s) => (s as PyProperty).fget,
  fset: (_rt, s) => (s as PyProperty).fset,
  fdel: (_rt, s) => (s as PyProperty).fdel,
  __isabstractmethod__: (rt, s) => isAbstract(rt, (s as PyProperty).fget),
});
PropertyType.dict.set('__doc__', new PyGetSet('__doc__', (_rt, s) => (s as PyProperty).doc, (_rt, s, v) => {
  (s as PyProperty).doc = v === undefined ? None : v;
}));
defineMethods(PropertyType, {
  getter(_rt, args, kwnames) {
    expectArgs('getter', args, kwnames, 1);
    const p = args[0] as PyProperty;
    return new PyProperty(args[1], p.fset, p.fdel, p.doc === None && args[1] instanceof PyFunction ? args[1].doc : p.doc);
  },
  setter(_rt, args, kwnames) {
    expectArgs('setter', args, kwnames, 1);
    const p = args[0] as PyProperty;
    return new PyProperty(p.fget, args[1], p.fdel, p.doc);
  },
  deleter(_rt, args, kwnames) {
    expectArgs('deleter', args, kwnames, 1);
    const p = args[0] as PyProperty;
    return new PyProperty(p.fget, p.fset, args[1], p.doc);
  },
  __get__(rt, args) {
    const [p, obj] = args;
    if (obj === None) return p;
    if ((p as PyProperty).fget === None) throw attributeError('unreadable attribute');
    return callValue(rt, (p as PyProperty).fget, [obj], null);
  },
  __set__(rt, args) {
    const [p, obj, value] = args;
    if ((p as PyProperty).fset === None) throw attributeError("can't set attribute");
    callValue(rt, (p as PyProperty).fset, [obj, value], null);
    return None;
  },
  __delete__(rt, args) {
    const [p, obj] = args;
    if ((p as PyProperty).fdel === None) throw attributeError("can't delete attribute");
    callValue(rt, (p as PyProperty).fdel, [obj], null);
    return None;
  },
}, { checkArity: true });

// ------------------------------------------------------------------ super

SuperType.construct = (rt, _cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('super() takes no keyword arguments');
  if (args.length === 0) throw typeError('super(): no arguments');
  if (args.length === 1) throw typeError('super() with one argument is not supported in Sandling');
  if (args.length > 2) throw typeError(`super() takes at most 2 arguments (${args.length} given)`);
  return makeSuper(rt, args[0], args[1]);
};
defineMethods(SuperType, {
  __repr__(rt, args) {
    const s = args[0] as { thisClass: PyClass; obj: Value };
    return `<super: <class '${s.thisClass.name}'>, <${typeName(s.obj)} object>>`;
  },
}, { checkArity: true });

// ------------------------------------------------------------------ singletons, modules

NoneType.construct = (_rt, _cls, args) => {
  if (args.length > 0) throw typeError('NoneType takes no arguments');
  return None;
};
NotImplementedType.construct = () => NotImplemented;
EllipsisType.construct = () => Ellipsis;
for (const t of [NoneType, NotImplementedType, EllipsisType]) {
  defineMethods(t, {
    __repr__(rt, args) {
      return builtinRepr(rt, args[0]);
    },
  }, { checkArity: true });
}
defineMethods(NoneType, {
  __bool__() {
    return false;
  },
}, { checkArity: true });
NoneType.dict.set('__hash__', new PyBuiltin('__hash__', (rt, args) => objectId(rt, args[0]), NoneType));

ModuleType.construct = (_rt, _cls, args) => {
  if (args.length === 0) throw typeError("module.__new__() missing required argument 'name' (pos 1)");
  if (typeof args[0] !== 'string') throw typeError(`module.__init__() argument 'name' must be str, not ${typeName(args[0])}`);
  return new PyModule(args[0], undefined, typeof args[1] === 'string' ? args[1] : null);
};
defineMethods(ModuleType, {
  __repr__(_rt, args) {
    const m = args[0] as PyModule;
    return `<module '${m.name}'>`;
  },
  __dir__(_rt, args) {
    return new PyList([...(args[0] as PyModule).dict.keys()].sort());
  },
}, { checkArity: true });

// Let classes.ts build dicts/tuples without importing them at load time.
setClassFactories((ns) => {
  const d = new PyDict();
  for (const [k, v] of ns) d.map.set(k, v);
  return d;
}, (items) => tuple(items));

export function installObjectMethods(): void {}

export { EMPTY_TUPLE, PyBoxed, noArgs, str };
