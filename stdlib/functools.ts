/**
 * The `functools` module. The hot parts are native (`_functools`): `reduce`,
 * `partial`, `cmp_to_key` and the `lru_cache` wrapper (argument key building
 * and LRU bookkeeping on Sandling's own hash tables). The decorators and
 * descriptors around them (`wraps`, `update_wrapper`, `lru_cache`, `cache`,
 * `cached_property`, `total_ordering`, `partialmethod`, `singledispatch`)
 * are Python source.
 */
import type { ModuleDef } from '../core/modules.js';
import { PyClass, type Value } from '../core/runtime/object.js';
import { None, ObjectType, builtinType } from '../core/runtime/types.js';
import { PyBoundMethod, PyBuiltin, PyGetSet, defineMethods } from '../core/runtime/function.js';
import { attributeError, typeError } from '../core/runtime/exceptions.js';
import { PyTuple, tuple } from '../core/runtime/values.js';
import { ABSENT, PyDict } from '../core/runtime/dict.js';
import { argSpec, parseArgs } from '../core/runtime/args.js';
import { DONE, getIterOrNull, iterNext } from '../core/runtime/iter.js';
import { compare, type CmpOp } from '../core/runtime/compare.js';
import { addressOf, repr, truthy, typeOf } from '../core/runtime/ops.js';
import { callValue } from '../core/runtime/call.js';
import { PyNativeObject } from '../core/runtime/attrs.js';
import { isCallable } from '../core/builtins.js';
import { checkPositional, noKw, staticNative, newTarget } from '../core/runtime/methods/list.js';
import { dictView } from '../core/runtime/methods/object.js';
import type { Runtime } from '../core/runtime/runtime.js';

// ====================================================================== reduce

function reduce(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  noKw('reduce', kwnames);
  checkPositional('reduce', args.length, 2, 3);
  const [fn, iterable] = args;
  const it = getIterOrNull(rt, iterable);
  if (it === null) throw typeError('reduce() arg 2 must support iteration');
  let acc: Value = args.length > 2 ? args[2] : undefined;
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) break;
    if (--rt.ticks < 0) rt.checkpoint();
    acc = acc === undefined ? x : callValue(rt, fn, [acc, x], null);
  }
  if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value');
  return acc;
}

// ====================================================================== partial

export const PartialType = builtinType('partial', ObjectType, { module: 'functools' });

/** `partial(func, *args, **keywords)`: `keywords` is the live dict `p.keywords` returns. */
export class PyPartial extends PyNativeObject {
  constructor(public func: Value, public args: PyTuple, public keywords: PyDict) {
    super();
    this.dict = new Map();
  }
}
PyPartial.prototype.cls = PartialType;

/** Builds a partial of class `cls`; a partial of a plain partial is flattened, as in CPython. */
function makePartial(rt: Runtime, cls: PyClass, args: Value[], kwnames: string[] | null): PyPartial {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError("type 'partial' takes at least one argument");
  let func = args[0];
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  let pargs: Value[] = args.slice(1, npos);
  const kw = new PyDict();
  if (func instanceof PyPartial && (func.dict === null || func.dict.size === 0)) {
    pargs = [...func.args.items, ...pargs];
    kw.updateFrom(rt, func.keywords);
    func = func.func;
  }
  for (let k = 0; k < nkw; k++) kw.set(rt, kwnames![k], args[npos + k]);
  const p = new PyPartial(func, tuple(pargs), kw);
  if (!cls.builtin) p.cls = cls;
  return p;
}

function partialOf(v: Value): PyPartial {
  return v as PyPartial;
}

PartialType.construct = makePartial;
PartialType.quickNew = makePartial;
PartialType.dict.set('__new__', staticNative('__new__', (rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, PartialType);
  return makePartial(rt, cls, args.slice(1), kwnames);
}));
PartialType.dict.set('__doc__', 'partial(func, *args, **keywords) - new function with partial application of the given arguments and keywords.');
const readonly = () => {
  throw attributeError('readonly attribute');
};
PartialType.dict.set('func', new PyGetSet('func', (_rt, s) => partialOf(s).func, readonly));
PartialType.dict.set('args', new PyGetSet('args', (_rt, s) => partialOf(s).args, readonly));
PartialType.dict.set('keywords', new PyGetSet('keywords', (_rt, s) => partialOf(s).keywords, readonly));

const partialReprActive = new Set<PyPartial>();

defineMethods(PartialType, {
  __call__(rt, args, kwnames) {
    const p = partialOf(args[0]);
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - 1 - nkw;
    const callArgs: Value[] = [...p.args.items];
    for (let i = 1; i <= npos; i++) callArgs.push(args[i]);
    if (p.keywords.map.size === 0) {
      for (let k = 0; k < nkw; k++) callArgs.push(args[1 + npos + k]);
      return callValue(rt, p.func, callArgs, nkw > 0 ? kwnames!.slice() : null);
    }
    const merged = new PyDict();
    merged.updateFrom(rt, p.keywords);
    for (let k = 0; k < nkw; k++) merged.set(rt, kwnames![k], args[1 + npos + k]);
    const names: string[] = [];
    for (const [nk, v] of merged.map) {
      const key = merged.keyOf(nk);
      if (typeof key !== 'string') throw typeError('keywords must be strings');
      names.push(key);
      callArgs.push(v);
    }
    return callValue(rt, p.func, callArgs, names);
  },
  __reduce__(_rt, args) {
    const p = partialOf(args[0]);
    const dict = p.dict !== null && p.dict.size > 0 ? dictView(new Map(p.dict)) : None;
    const kw = p.keywords.map.size > 0 ? p.keywords : None;
    return tuple([p.cls, tuple([p.func]), tuple([p.func, p.args, kw, dict])]);
  },
  __setstate__(rt, args) {
    const p = partialOf(args[0]);
    const state = args[1];
    if (!(state instanceof PyTuple) || state.items.length !== 4) throw typeError('invalid partial state');
    const [func, fargs, kw, dict] = state.items;
    if (!isCallable(func) || !(fargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) {
      throw typeError('invalid partial state');
    }
    const keywords = new PyDict();
    if (kw instanceof PyDict) keywords.updateFrom(rt, kw);
    p.func = func;
    p.args = fargs;
    p.keywords = keywords;
    if (dict instanceof PyDict) {
      p.dict = new Map();
      for (const [nk, v] of dict.map) {
        const k = dict.keyOf(nk);
        if (typeof k === 'string') p.dict.set(k, v);
      }
    }
    return None;
  },
  __repr__(rt, args) {
    const p = partialOf(args[0]);
    const name = p.cls === PartialType ? 'functools.partial' : p.cls.name;
    if (partialReprActive.has(p)) return '...';
    partialReprActive.add(p);
    rt.enter();
    try {
      const parts = [repr(rt, p.func), ...p.args.items.map((a) => repr(rt, a))];
      for (const [nk, v] of p.keywords.map) parts.push(`${p.keywords.keyOf(nk)}=${repr(rt, v)}`);
      return `${name}(${parts.join(', ')})`;
    } finally {
      rt.leave();
      partialReprActive.delete(p);
    }
  },
});

// ====================================================================== cmp_to_key

export const KeyWrapperType = builtinType('KeyWrapper', ObjectType, { module: 'functools', subclassable: false });

/** What `cmp_to_key(mycmp)` returns, and (with `obj` set) what calling that returns. */
class PyKeyWrapper extends PyNativeObject {
  constructor(readonly cmp: Value, readonly obj: Value) {
    super();
  }
}
PyKeyWrapper.prototype.cls = KeyWrapperType;
KeyWrapperType.dict.set('__hash__', None);
KeyWrapperType.dict.set('obj', new PyGetSet('obj', (_rt, s) => (s as PyKeyWrapper).obj));

const COMPARISONS: Record<string, CmpOp> = { __lt__: '<', __le__: '<=', __eq__: '==', __ne__: '!=', __gt__: '>', __ge__: '>=' };
for (const name of Object.keys(COMPARISONS)) {
  const op = COMPARISONS[name];
  defineMethods(KeyWrapperType, {
    [name](rt, args) {
      const [a, b] = args as [PyKeyWrapper, Value];
      if (!(b instanceof PyKeyWrapper)) throw typeError('other argument must be K instance');
      const r = callValue(rt, a.cmp, [a.obj, b.obj], null);
      return compare(rt, r, 0, op);
    },
  });
}
defineMethods(KeyWrapperType, {
  __call__(_rt, args, kwnames) {
    noKw('K', kwnames);
    checkPositional('K', args.length - 1, 1, 1);
    return new PyKeyWrapper((args[0] as PyKeyWrapper).cmp, args[1]);
  },
  __repr__(rt, args) {
    return `<functools.KeyWrapper object at ${addressOf(rt, args[0])}>`;
  },
});

const cmpToKeySpec = argSpec('cmp_to_key', ['mycmp']);

// ====================================================================== lru_cache wrapper

export const LruWrapperType = builtinType('_lru_cache_wrapper', ObjectType, { module: 'functools', subclassable: false });

/** The object `@lru_cache` returns: calls the user function through a (bounded) cache. */
class PyLruWrapper extends PyNativeObject {
  readonly cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(
    readonly func: Value,
    /** -1 when unbounded. */
    readonly maxsize: number,
    readonly typed: boolean,
    readonly cacheInfoType: Value,
  ) {
    super();
    this.dict = new Map();
  }
}
PyLruWrapper.prototype.cls = LruWrapperType;

/** Separates positional arguments from keyword items in cache keys (hashed by identity). */
const KWD_MARK_TYPE = builtinType('_kwd_mark', ObjectType, { module: 'functools', subclassable: false });
class KwdMark extends PyNativeObject {}
KwdMark.prototype.cls = KWD_MARK_TYPE;
const KWD_MARK = new KwdMark();

/**
 * The cache key of a call: a lone exact int/str argument stands for itself;
 * otherwise a tuple of the arguments, the marker and keyword name/value pairs,
 * followed (when typed) by the argument types.
 */
function cacheKey(w: PyLruWrapper, args: Value[], npos: number, kwnames: string[] | null): Value {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (!w.typed && nkw === 0 && npos === 1) {
    const a = args[1];
    if (typeof a === 'string' || typeof a === 'number' || typeof a === 'bigint') return a;
  }
  const items: Value[] = args.slice(1, 1 + npos);
  if (nkw > 0) {
    items.push(KWD_MARK);
    for (let k = 0; k < nkw; k++) items.push(kwnames![k], args[1 + npos + k]);
  }
  if (w.typed) {
    for (let i = 0; i < npos; i++) items.push(typeOf(args[1 + i]));
    for (let k = 0; k < nkw; k++) items.push(typeOf(args[1 + npos + k]));
  }
  return tuple(items);
}

/** Calls the wrapped function, counting the wrapper as one recursion level (as CPython does). */
function callWrapped(rt: Runtime, w: PyLruWrapper, args: Value[], kwnames: string[] | null): Value {
  rt.enter();
  try {
    return callValue(rt, w.func, args.slice(1), kwnames === null ? null : kwnames.slice());
  } finally {
    rt.leave();
  }
}

function lruCall(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  const w = args[0] as PyLruWrapper;
  if (w.maxsize === 0) {
    w.misses++;
    return callWrapped(rt, w, args, kwnames);
  }
  const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  const key = cacheKey(w, args, npos, kwnames);
  const cache = w.cache;
  const nk = cache.normalize(rt, key, false);
  if (nk !== ABSENT && cache.map.has(nk)) {
    w.hits++;
    const v = cache.map.get(nk);
    if (w.maxsize > 0) {
      // Most recently used entries live at the end of the (insertion-ordered) table.
      cache.map.delete(nk);
      cache.map.set(nk, v);
    }
    return v;
  }
  w.misses++;
  const result = callWrapped(rt, w, args, kwnames);
  // A recursive call may have cached this key meanwhile: keep that entry.
  if (cache.get(rt, key) !== ABSENT) return result;
  if (w.maxsize > 0 && cache.map.size >= w.maxsize) {
    const oldest = cache.map.keys().next().value;
    cache.delete(rt, cache.keyOf(oldest));
  }
  cache.set(rt, key, result);
  return result;
}

function makeLruWrapper(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  noKw('_lru_cache_wrapper', kwnames);
  checkPositional('_lru_cache_wrapper', args.length, 4, 4);
  const [func, maxsize, typed, infoType] = args;
  if (!isCallable(func)) throw typeError('the first argument must be callable');
  let size = -1;
  if (maxsize !== None) {
    if (typeof maxsize !== 'number' && typeof maxsize !== 'bigint' && typeof maxsize !== 'boolean') {
      throw typeError('maxsize should be integer or None');
    }
    const n = Number(maxsize);
    size = n < 0 ? 0 : n;
  }
  return new PyLruWrapper(func, size, truthy(rt, typed), infoType);
}

defineMethods(LruWrapperType, {
  __call__: lruCall,
  __get__(_rt, args) {
    const [self, obj] = args;
    return obj === None || obj === undefined ? self : new PyBoundMethod(obj, self);
  },
  cache_info(rt, args, kwnames) {
    noKw('cache_info', kwnames);
    const w = args[0] as PyLruWrapper;
    return callValue(rt, w.cacheInfoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.map.size], null);
  },
  cache_clear(_rt, args, kwnames) {
    noKw('cache_clear', kwnames);
    const w = args[0] as PyLruWrapper;
    w.cache.clearAll();
    w.hits = 0;
    w.misses = 0;
    return None;
  },
  __copy__(_rt, args) {
    return args[0];
  },
  __deepcopy__(_rt, args) {
    return args[0];
  },
  __repr__(rt, args) {
    return `<functools._lru_cache_wrapper object at ${addressOf(rt, args[0])}>`;
  },
});
/** Attaches docstrings (for `help()` and the catalog) to native methods already defined on `type`. */
function documentMethods(type: PyClass, docs: Record<string, string>): void {
  for (const name of Object.keys(docs)) {
    const m = type.dict.get(name) as PyBuiltin;
    type.dict.set(name, new PyBuiltin(name, m.fn, m.objclass, docs[name], m.module));
  }
}

documentMethods(LruWrapperType, {
  cache_info: 'Report cache statistics: CacheInfo(hits, misses, maxsize, currsize).',
  cache_clear: 'Clear the cache and its statistics.',
});
LruWrapperType.dict.set('__doc__', 'A function wrapped with a least-recently-used cache of its results.');

// ====================================================================== Python source

const FUNCTOOLS_SOURCE = String.raw`"""Higher-order functions and operations on callable objects."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
from collections import namedtuple as _namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes (those wrapped has),
    merge the updated dicts, and set wrapper.__wrapped__ = wrapped. Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except AttributeError:
            # Sandling functions keep no annotations: their __annotations__ is a read-only empty dict.
            if name != '__annotations__':
                raise
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function, with wrapped as the original."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

def _derived(root, result_for):
    """An ordering method computed from the root method and equality; result_for(root_result, equal) -> bool."""
    def method(self, other):
        found = getattr(type(self), root)(self, other)
        if found is NotImplemented:
            return found
        return result_for(found, self == other)
    return method


# For each root, how the other three follow from it (root result r, equality e).
_DERIVATIONS = {
    '__lt__': {'__gt__': lambda r, e: not r and not e, '__le__': lambda r, e: r or e, '__ge__': lambda r, e: not r},
    '__le__': {'__ge__': lambda r, e: not r or e, '__lt__': lambda r, e: r and not e, '__gt__': lambda r, e: not r},
    '__gt__': {'__lt__': lambda r, e: not r and not e, '__ge__': lambda r, e: r or e, '__le__': lambda r, e: not r},
    '__ge__': {'__le__': lambda r, e: not r or e, '__gt__': lambda r, e: r and not e, '__lt__': lambda r, e: not r},
}


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods from one of __lt__, __le__, __gt__, __ge__."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)
    for name, rule in _DERIVATIONS[root].items():
        if name not in defined:
            method = _derived(root, rule)
            method.__name__ = name
            method.__qualname__ = cls.__qualname__ + '.' + name
            setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------- caches

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results, keeping the maxsize most recently used
    (maxsize=None: no limit). typed=True caches arguments of different types separately.
    Arguments must be hashable. The wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _decorate(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    parameters = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(parameters)
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the instance __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            + '(' + repr(self.attrname) + ' and ' + repr(name) + ').')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on " + repr(type(instance).__name__)
                            + ' instance to cache ' + repr(self.attrname) + ' property.') from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


# ---------------------------------------------------------------- partialmethod

class partialmethod:
    """Like partial, but as a method descriptor: the bound instance comes first,
    then the stored arguments, then the call's own."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(repr(func) + ' is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join(k + '=' + repr(v) for k, v in self.keywords.items())
        return (type(self).__module__ + '.' + type(self).__qualname__ + '(' + repr(self.func) + ', '
                + args + ', ' + keywords + ')')

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- singledispatch

def _dispatch_target(registry, cls):
    """The implementation registered for the nearest class in cls.__mro__, else for a
    registered ABC (or virtual base) cls is a subclass of, the most specific one."""
    for klass in cls.__mro__:
        if klass is object:
            break
        if klass in registry:
            return registry[klass]
    best = None
    for klass in registry:
        if klass is object or not issubclass(cls, klass):
            continue
        if best is None or issubclass(klass, best):
            best = klass
    return registry[best if best is not None else object]


def singledispatch(func):
    """Turn func into a generic function dispatching on the type of its first argument.

    Implementations are added with @fn.register(cls), @fn.register with a type
    annotation on the first parameter, or fn.register(cls, impl)."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        """The implementation for cls."""
        try:
            return cache[cls]
        except KeyError:
            impl = cache[cls] = _dispatch_target(registry, cls)
            return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (usable as a decorator)."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to register(): ' + repr(cls) + '. Use either '
                                + '@register(some_class) or plain @register on an annotated function.')
            func = cls
            annotations = getattr(func, '__annotations__', None) or {}
            if not annotations:
                raise TypeError('Invalid first argument to register(): ' + repr(cls) + '. Use either '
                                + '@register(some_class) or plain @register on an annotated function.')
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for ' + repr(argname) + '. ' + repr(cls) + ' is not a class.')
        registry[cls] = func
        cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(repr(func) + ' is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
`;

export const modules: ModuleDef[] = [
  {
    name: '_functools',
    summary: 'Native parts of the functools module (reduce, partial, cmp_to_key, the lru_cache wrapper).',
    build() {
      return {
        reduce: new PyBuiltin('reduce', reduce, null,
          'reduce(function, iterable[, initial]) -> value: fold the iterable from the left with a two-argument function.',
          '_functools'),
        partial: PartialType,
        cmp_to_key: new PyBuiltin('cmp_to_key', (_rt, args, kwnames) => {
          if (args.length === 0) throw typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
          const [mycmp] = parseArgs(cmpToKeySpec, args, kwnames);
          return new PyKeyWrapper(mycmp, None);
        }, null, 'Convert a cmp= function (returning <0, 0, >0) into a key= function.', 'functools'),
        _lru_cache_wrapper: new PyBuiltin('_lru_cache_wrapper', makeLruWrapper, null,
          'Create a cached callable that wraps another function.', 'functools'),
        KeyWrapper: KeyWrapperType,
      };
    },
  },
  {
    name: 'functools',
    summary: 'Higher-order functions: reduce, partial, lru_cache, cache, wraps, total_ordering, singledispatch, ...',
    source: FUNCTOOLS_SOURCE,
  },
];
