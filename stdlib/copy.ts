/**
 * The `copy` module: shallow and deep copies (Python source, so deep
 * structures are bounded by the interpreter's recursion limit like any Python
 * code, and user hooks run exactly as in CPython).
 *
 * Sandling has no pickling, so `__reduce_ex__(4)` of plain objects is
 * replaced by its equivalent: `cls.__new__(cls, *__getnewargs__())`, then the
 * instance `__dict__` (or `__getstate__()`) restored through `__setstate__`
 * or a dict update, plus the items of list and dict subclasses. A class's own
 * `__reduce_ex__` / `__reduce__` is honoured. Native objects without copy
 * hooks are shared when hashable (immutable values such as compiled
 * patterns) and refused (`copy.Error`) otherwise.
 */
import type { ModuleDef } from '../core/modules.js';
import { PyClass, PySingleton, type Value } from '../core/runtime/object.js';
import { BytesType, DictType, FloatType, FrozenSetType, ListType, SetType, TupleType } from '../core/runtime/types.js';
import { PyBuiltin, PyFunction, PyProperty, PyBoundMethod } from '../core/runtime/function.js';
import { PyBytes, PyFloat, PyList, PyRange, PySlice, PyTuple, tuple } from '../core/runtime/values.js';
import { ABSENT, PyDict, PyFrozenSet, PySet } from '../core/runtime/dict.js';
import { objectId } from '../core/runtime/hashing.js';
import { callValue } from '../core/runtime/call.js';
import { checkPositional, noKw } from '../core/runtime/methods/list.js';
import type { Runtime } from '../core/runtime/runtime.js';

/** Values deepcopy returns as they are (the immutable builtin atoms, functions and classes). */
function isAtomic(x: Value): boolean {
  if (typeof x !== 'object') return true;
  if (x instanceof PyFloat) return x.cls === FloatType;
  if (x instanceof PyBytes) return x.cls === BytesType;
  return x instanceof PySingleton || x instanceof PyRange || x instanceof PySlice || x instanceof PyClass ||
    x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyProperty || x instanceof PyBoundMethod;
}

/**
 * Deep copy of the exact builtin containers (list, dict, tuple, set,
 * frozenset), natively and with one recursion level per nesting level;
 * anything else goes to `other(x, memo)` (the Python hooks and reductions).
 * The memo maps id(original) to its copy, as in CPython.
 */
class DeepCopier {
  private keepAlive: PyList | null = null;
  constructor(readonly rt: Runtime, readonly memo: PyDict, readonly other: Value) {}

  copy(x: Value): Value {
    if (isAtomic(x)) return x;
    const rt = this.rt;
    const id = objectId(rt, x);
    const seen = this.memo.get(rt, id);
    if (seen !== ABSENT) return seen;
    const cls = x.cls;
    if (cls !== ListType && cls !== DictType && cls !== TupleType && cls !== SetType && cls !== FrozenSetType) {
      return callValue(rt, this.other, [x, this.memo], null);
    }
    rt.enter();
    try {
      const y = this.copyContainer(x, id);
      if (y !== x) {
        this.memo.set(rt, id, y);
        this.remember(x);
      }
      return y;
    } finally {
      rt.leave();
    }
  }

  private copyContainer(x: Value, id: number): Value {
    const rt = this.rt;
    if (x instanceof PyList) {
      const y = new PyList([]);
      this.memo.set(rt, id, y);
      for (let i = 0; i < x.items.length; i++) {
        if (--rt.ticks < 0) rt.checkpoint();
        rt.checkValueSize((y.items.length + 1) * 8, 'list');
        y.items.push(this.copy(x.items[i]));
      }
      return y;
    }
    if (x instanceof PyDict) {
      const y = new PyDict();
      this.memo.set(rt, id, y);
      for (const [nk, v] of Array.from(x.map)) {
        if (--rt.ticks < 0) rt.checkpoint();
        y.set(rt, this.copy(x.keyOf(nk)), this.copy(v));
      }
      return y;
    }
    if (x instanceof PyTuple) {
      const items = x.items.map((item) => {
        if (--rt.ticks < 0) rt.checkpoint();
        return this.copy(item);
      });
      // Copying the items may have copied this tuple already (a cycle through a mutable item).
      const again = this.memo.get(rt, id);
      if (again !== ABSENT) return again;
      return items.every((item, i) => item === x.items[i]) ? x : tuple(items);
    }
    const y = x instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
    for (const k of Array.from((x as PySet).keys())) {
      if (--rt.ticks < 0) rt.checkpoint();
      y.add(rt, this.copy(k));
    }
    return y;
  }

  /** memo[id(memo)] keeps the originals alive (and visible), as CPython does. */
  private remember(x: Value): void {
    const rt = this.rt;
    if (this.keepAlive === null) {
      const key = objectId(rt, this.memo);
      const found = this.memo.get(rt, key);
      if (found instanceof PyList) this.keepAlive = found;
      else {
        this.keepAlive = new PyList([]);
        this.memo.set(rt, key, this.keepAlive);
      }
    }
    this.keepAlive.items.push(x);
  }
}

function deepcopyTree(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  noKw('_deepcopy_tree', kwnames);
  checkPositional('_deepcopy_tree', args.length, 3, 3);
  const [x, memo, other] = args;
  if (!(memo instanceof PyDict)) return callValue(rt, other, [x, memo], null);
  return new DeepCopier(rt, memo, other).copy(x);
}


const COPY_SOURCE = String.raw`"""Generic (shallow and deep) copying operations.

copy(x) returns a shallow copy of x, deepcopy(x) a deep copy. Classes control
copying with __copy__() and __deepcopy__(memo), or with __reduce_ex__ /
__reduce__, __getnewargs__, __getstate__ and __setstate__.
"""

__all__ = ['Error', 'copy', 'deepcopy']

from _copy import _deepcopy_tree


class Error(Exception):
    """Raised for objects that cannot be copied."""


error = Error

_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, bytes, str,
           type, range, slice, property, type(len), type(lambda: None), type([].append)}
_CONTAINERS = {list, dict, set, bytearray}


def _is_hashable_native(x):
    """Native values with no instance dict that are hashable: treated as immutable."""
    cls = type(x)
    if getattr(cls, '__hash__', None) is None:
        return False
    try:
        x.__dict__
    except AttributeError:
        return True
    return False


def _reductor(cls):
    """The class's own reduce hook (bound lazily), or None when it only has object's."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        attrs = klass.__dict__
        if '__reduce_ex__' in attrs:
            return lambda x: x.__reduce_ex__(4)
        if '__reduce__' in attrs:
            return lambda x: x.__reduce__()
    return None


def _newargs(x, cls):
    """The arguments cls.__new__ needs to recreate x (besides cls)."""
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        return getnewargs_ex(x)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs(x)), {}
    for base in (tuple, frozenset, int, float, str, bytes, bool):
        if isinstance(x, base):
            return (base(x),), {}
    return (), {}


def _state_of(x):
    """What __setstate__ (or the dict update) receives: __getstate__() or the instance dict."""
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        try:
            return getstate()
        except TypeError:
            pass
    try:
        state = x.__dict__
    except AttributeError:
        return None
    return dict(state) if state else None


def _object_reduction(x, cls):
    """The reduction of an instance of a user class (what object.__reduce_ex__(4) would give)."""
    args, kwargs = _newargs(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _NewObject(cls, kwargs), args, _state_of(x), listitems, dictitems


class _NewObject:
    """The callable of a default reduction: cls.__new__(cls, *args, **kwargs)."""

    def __init__(self, cls, kwargs):
        self.cls = cls
        self.kwargs = kwargs

    def __call__(self, *args):
        return self.cls.__new__(self.cls, *args, **self.kwargs)


def _reduction(x, cls, deep):
    """A reduction tuple for x, or raise Error."""
    reductor = _reductor(cls)
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return None
        return rv
    if getattr(cls, '__module__', None) == 'builtins' or not _has_instance_dict(x):
        if _is_hashable_native(x):
            return None
        raise Error('un(' + ('deep' if deep else 'shallow') + ')copyable object of type ' + str(cls))
    return _object_reduction(x, cls)


def _has_instance_dict(x):
    try:
        x.__dict__
    except AttributeError:
        return False
    return True


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in _CONTAINERS:
        return cls.copy(x)
    if cls is tuple or cls is frozenset:
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    rv = _reduction(x, cls, False)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    memo maps id(original) to its copy; shared and cyclic references are copied once.
    """
    if memo is None:
        memo = {}
    return _deepcopy_tree(x, memo, _deepcopy_object)


def _deepcopy_object(x, memo):
    """Deep copy of anything but the builtin atoms and exact containers (those are native)."""
    d = id(x)
    y = memo.get(d, _MISSING)
    if y is not _MISSING:
        return y
    cls = type(x)
    if issubclass(cls, type):
        return x
    if cls is bytearray:
        y = bytearray(x)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            rv = _reduction(x, cls, True)
            y = x if rv is None else _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_MISSING = object()


def _keep_alive(x, memo):
    """Keep x referenced by the memo, so its id() cannot be reused while copying."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
`;

export const modules: ModuleDef[] = [
  {
    name: '_copy',
    summary: 'Native deep copy of the builtin containers, behind copy.deepcopy.',
    build() {
      return {
        _deepcopy_tree: new PyBuiltin('_deepcopy_tree', deepcopyTree, null,
          'Deep copy x with memo; objects other than builtin atoms and containers go to other(x, memo).', '_copy'),
      };
    },
  },
  { name: 'copy', summary: 'Shallow and deep copy operations (copy, deepcopy, Error).', source: COPY_SOURCE },
];
