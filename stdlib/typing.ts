/**
 * The `typing` module: the names annotated scripts import (`List[int]`,
 * `Optional[str]`, `TypeVar`, `Generic`, `Protocol`, `NamedTuple`,
 * `TypedDict`, `cast`, `get_type_hints`...), with CPython 3.11's reprs,
 * subscription rules and error messages. Annotations are not checked at run
 * time, exactly as in CPython.
 *
 * Also defines the private `_namedtuple` module (a `collections.namedtuple`
 * equivalent used by typing, urllib.parse and platform), `_typing_hints`
 * (`get_type_hints`, loaded on first use to keep `import typing` cheap) and
 * `_typing`, the native part that finds a caller's module and its globals.
 *
 * Differences from CPython: string annotations are resolved by a small
 * evaluator (names, attributes, subscriptions, `|`, literals) since Sandling
 * has no `eval`; functions carry no `__annotations__` in Sandling, so
 * `get_type_hints(func)` is `{}`; `list[int]`-style builtin generics are the
 * core's business (they currently evaluate to the class itself).
 */
import type { ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { makeException, NameErrorType, typeError } from '../core/runtime/exceptions.js';
import type { Runtime } from '../core/runtime/runtime.js';
import type { Value } from '../core/runtime/object.js';

/** The module name of the innermost running frame outside the `skip` modules. */
function callerModule(rt: Runtime, skip: Set<string>): string {
  for (let i = rt.sp - 1; i >= 0; i--) {
    const name = rt.stack[i].globalsNs.moduleName;
    if (!skip.has(name)) return name;
  }
  return '__main__';
}

/** A global of a running module (found through its frames on the stack), then a builtin. */
function moduleGlobal(rt: Runtime, moduleName: string, name: string): Value {
  for (let i = 0; i < rt.sp; i++) {
    const ns = rt.stack[i].globalsNs;
    if (ns.moduleName !== moduleName) continue;
    const v = ns.cells.get(name)?.v;
    if (v !== undefined) return v;
    break;
  }
  const b = rt.builtins.get(name);
  if (b !== undefined) return b;
  const e = makeException(NameErrorType, `name '${name}' is not defined`);
  e.dict.set('name', name);
  throw e;
}

const typingNative: ModuleDef = {
  name: '_typing',
  summary: 'Native helpers of typing: the calling module and its globals.',
  build: () => ({
    caller_module: nativeFunction('_typing', 'caller_module', ['skip'], (rt, [skip]) => {
      if (typeof skip !== 'string') throw typeError('caller_module() argument must be str');
      return callerModule(rt, new Set(skip.split(' ')));
    }, 'The name of the innermost running module not listed (space-separated) in skip.'),
    module_global: nativeFunction('_typing', 'module_global', ['module', 'name'], (rt, [module, name]) => {
      if (typeof module !== 'string' || typeof name !== 'string') throw typeError('module_global() arguments must be str');
      return moduleGlobal(rt, module, name);
    }, 'The value of a global of a running module (or a builtin); NameError when undefined.'),
  }),
};

const NAMEDTUPLE_SOURCE = String.raw`"""namedtuple(): tuple subclasses with named fields (shared by typing,
urllib.parse and platform)."""

import _dataclasses

_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])

_tuple_new = tuple.__new__


def _field_getter(index):
    return property(lambda self: self[index], doc=f'Alias for field number {index}')


def _check_names(typename, field_names, rename):
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    _check_names(typename, field_names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    else:
        defaults = ()
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    __new__ = _dataclasses.function_with_signature(
        '__new__', typename + '.__new__', ['_cls'] + list(field_names), list(defaults),
        [], None, module or '__main__', f'Create new instance of {typename}({arg_list})',
        _tuple_new, True)

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result
    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result
    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (_replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
        '__module__': module or '__main__',
        '__qualname__': typename,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_getter(index)
    return type(typename, (tuple,), namespace)
`;

const HINTS_SOURCE = String.raw`"""get_type_hints() for typing: resolves string annotations with a small
evaluator (Sandling has no eval). Loaded on first use."""

import _typing
import typing
from typing import (Union, ForwardRef, _GenericAlias, _UnionGenericAlias, _AnnotatedAlias,
                    _LiteralGenericAlias, Required, NotRequired, _NoneType)

# Dotted names, subscriptions, X | Y, None, ..., and literals.

class _AnnotationParser:
    def __init__(self, text, lookup):
        self.text = text
        self.pos = 0
        self.lookup = lookup

    def fail(self):
        raise SyntaxError(f'Forward reference must be an expression -- got {self.text!r}')

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in ' \t':
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ''

    def expect(self, ch):
        if self.peek() != ch:
            self.fail()
        self.pos += 1

    def parse(self):
        value = self.union()
        if self.peek() != '':
            self.fail()
        return value

    def union(self):
        value = self.primary()
        while self.peek() == '|':
            self.pos += 1
            value = Union[value, self.primary()]
        return value

    def primary(self):
        ch = self.peek()
        if ch == '[':
            self.pos += 1
            items = self.items(']')
            return list(items)
        if ch == '(':
            self.pos += 1
            items = self.items(')')
            return tuple(items)
        if ch in ('"', "'"):
            return self.string(ch)
        if self.text.startswith('...', self.pos):
            self.pos += 3
            return ...
        if ch.isdigit() or ch == '-':
            return self.number()
        value = self.dotted()
        while self.peek() == '[':
            self.pos += 1
            items = self.items(']')
            value = value[items[0] if len(items) == 1 else tuple(items)]
        return value

    def items(self, close):
        out = []
        while self.peek() != close:
            out.append(self.union())
            if self.peek() == ',':
                self.pos += 1
            elif self.peek() != close:
                self.fail()
        self.pos += 1
        return out

    def string(self, quote):
        end = self.text.find(quote, self.pos + 1)
        if end < 0:
            self.fail()
        value = self.text[self.pos + 1:end]
        self.pos = end + 1
        return value

    def number(self):
        start = self.pos
        self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] == '.'):
            self.pos += 1
        token = self.text[start:self.pos]
        return float(token) if '.' in token else int(token)

    def name(self):
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] == '_'):
            self.pos += 1
        if start == self.pos:
            self.fail()
        return self.text[start:self.pos]

    def dotted(self):
        self.skip()
        value = self.lookup(self.name())
        while self.peek() == '.':
            self.pos += 1
            self.skip()
            value = getattr(value, self.name())
        return value


def _make_lookup(globalns, localns, module):
    def lookup(name):
        if name in ('None', 'True', 'False'):
            return {'None': None, 'True': True, 'False': False}[name]
        if localns is not None and name in localns:
            return localns[name]
        if globalns is not None:
            if name in globalns:
                return globalns[name]
        elif module is not None:
            try:
                return _typing.module_global(module, name)
            except NameError:
                pass
        if name in typing.__all__:
            return getattr(typing, name)
        return _typing.module_global('builtins', name)
    return lookup


def _eval_hint(tp, globalns, localns, module):
    if tp is None:
        return _NoneType
    if isinstance(tp, str):
        tp = ForwardRef(tp)
    if isinstance(tp, ForwardRef):
        value = _AnnotationParser(tp.__forward_arg__, _make_lookup(globalns, localns, module)).parse()
        return _eval_hint(value, globalns, localns, module)
    if isinstance(tp, _UnionGenericAlias):
        return Union[tuple(_eval_hint(a, globalns, localns, module) for a in tp.__args__)]
    if isinstance(tp, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_hint(tp.__origin__, globalns, localns, module), tp.__metadata__)
    if isinstance(tp, _LiteralGenericAlias):
        return tp
    if isinstance(tp, _GenericAlias):
        args = tuple(_eval_hint(a, globalns, localns, module) if a is not ... else a for a in tp.__args__)
        if args != tp.__args__:
            return tp.copy_with(args)
    return tp


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _UnionGenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else Union[stripped]
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its __annotations__ with string
    (forward) references resolved and None replaced by NoneType. For a
    class, the annotations of its bases are merged in, base classes first.
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            module = getattr(base, '__module__', None)
            base_locals = dict(vars(base)) if localns is None else localns
            base_locals.setdefault(base.__name__, base)
            for name, value in ann.items():
                hints[name] = _eval_hint(value, globalns, base_locals, module)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if callable(obj) or isinstance(obj, type(typing)):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    module = getattr(obj, '__module__', None)
    hints = {name: _eval_hint(value, globalns, localns, module) for name, value in dict(hints).items()}
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}

`;

const TYPING_SOURCE = String.raw`"""The typing module: support for type hints.

Type hints are not checked at run time; these objects exist so that
annotated code runs and can introspect its annotations.
"""

import abc
import _typing
from _namedtuple import namedtuple as _namedtuple

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)
_FunctionType = type(lambda: None)


def _caller_module():
    return _typing.caller_module('typing _namedtuple abc')


def _type_repr(obj):
    """The repr of an object as it appears inside a subscripted alias."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, NoReturn, Never, Self, TypeAlias, LiteralString):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _collect_parameters(args):
    """The type variables found in args, in first-appearance order."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_typevar_like(t):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f'{cls} is not a generic class')
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls};"
                        f' actual {alen}, expected {elen}')


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        elif type(p).__name__ == 'UnionType' and type(p).__module__ == 'types':
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


# ---------------------------------------------------------------- special forms

class _SpecialForm:
    """A typing construct used through subscription (Union, Optional, ClassVar...)."""

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc if doc is not None else getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special_form(fn):
    return _SpecialForm(fn)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


def _bare_form(name, doc):
    def getitem(self, parameters):
        raise TypeError(f'{self} is not subscriptable')
    return _SpecialForm(getitem, name, doc)


NoReturn = _bare_form('NoReturn', 'Special type indicating functions that never return.')
Never = _bare_form('Never', 'The bottom type, a type that has no members.')
Self = _bare_form('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _bare_form('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _bare_form('TypeAlias', 'Special form for marking type aliases.')


@_special_form
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_special_form
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_special_form
def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, type(None)]


def _value_and_type(values):
    return [(v, type(v)) for v in values]


@_special_form
def Literal(self, *parameters):
    """Special typing form to define literal types (Literal[1, 'a'])."""
    parameters = parameters[0]
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    seen = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_special_form
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to add positional parameters."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


def _single_type_form(name, doc):
    def getitem(self, parameters):
        item = _type_check(parameters, f'{self} accepts only single type.')
        return _GenericAlias(self, (item,))
    return _SpecialForm(getitem, name, doc)


TypeGuard = _single_type_form('TypeGuard', 'Marks a user-defined type guard function.')
Required = _single_type_form('Required', 'Marks a TypedDict key as required.')
NotRequired = _single_type_form('NotRequired', 'Marks a TypedDict key as potentially missing.')
Unpack = _single_type_form('Unpack', 'Unpacks a TypeVarTuple or a TypedDict.')


class ForwardRef:
    """A type given as a string (a forward reference)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


# ---------------------------------------------------------------- type variables

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')


class TypeVar(_TypeVarLike):
    """Type variable: TypeVar('T'), TypeVar('T', int, str), TypeVar('T', bound=X)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = _caller_module()

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')


class TypeVarTuple:
    """Type variable tuple: TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs:
    """The type of P.args for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('args', id(self.__origin__)))


class ParamSpecKwargs:
    """The type of P.kwargs for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('kwargs', id(self.__origin__)))


class ParamSpec(_TypeVarLike):
    """Parameter specification variable: ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = _caller_module()


# ---------------------------------------------------------------- generic aliases

def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


class _BaseGenericAlias:
    """Common behaviour of List, List[int], Box[int]...: calling, subclassing, attributes."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __dir__(self):
        return sorted(set(object.__dir__(self) + [a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Dict[str, T], Box[int], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self};"
                            f' actual {len(args)}, expected {len(params)}')
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        else:
            args = '()'
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _substitute(arg, subst):
    if _is_typevar_like(arg):
        return subst.get(arg, arg)
    params = getattr(arg, '__parameters__', None)
    if isinstance(arg, _GenericAlias) and params:
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted generic alias of a builtin or abstract class: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and (self.__args__[0] is ... or _is_typevar_like(self.__args__[0])
                                        or isinstance(self.__args__[0], _ConcatenateGenericAlias)):
            return super().__repr__()
        params = ', '.join([_type_repr(a) for a in self.__args__[:-1]])
        return f'typing.Callable[[{params}], {_type_repr(self.__args__[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _ConcatenateGenericAlias(_GenericAlias):
    pass


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    def __getitem_inner__(self, params):
        args, result = params
        msg = 'Callable[args, result]: result must be a type.'
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((..., result))
        if not isinstance(args, tuple):
            return self.copy_with((args, result))
        msg = 'Callable[[arg, ...], result]: each arg must be a type.'
        args = tuple(_type_check(arg, msg) for arg in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, ...))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        a = _value_and_type(self.__args__)
        b = _value_and_type(other.__args__)
        return all(x in b for x in a) and all(x in a for x in b)

    def __hash__(self):
        return hash(frozenset(_value_and_type(self.__args__)))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used '
                            'with at least two arguments (a type and an '
                            'annotation).')
        msg = 'Annotated[t, ...]: t must be a type.'
        origin = _type_check(params[0], msg)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


# ---------------------------------------------------------------- Generic and Protocol

class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            _check_generic(cls, params, len(cls.__parameters__))
            subst = dict(zip(cls.__parameters__, params))
            params = tuple(_substitute(p, subst) for p in cls.__parameters__)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    gvars = base.__parameters__
            if gvars is not None:
                gvarset = set(gvars)
                if not set(tvars) <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f'Some type variables ({s_vars}) are'
                                    f' not listed in Generic[{s_args}]')
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()

_PROTO_EXCLUDED = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__', '__hash__',
    '__match_args__', '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
    '__callable_proto_members_only__',
])


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class _ProtocolMeta(abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if getattr(cls, '_is_protocol', False):
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with'
                                ' @runtime_checkable protocols')
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = base.__dict__.get('__annotations__', {})
                    if isinstance(annotations, dict) and attr in annotations and issubclass(other, Generic) and other._is_protocol:
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


Protocol.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (usable with isinstance)."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _protocol(name, *methods):
    ns = {'__module__': 'typing', '__qualname__': name, '_is_protocol': True,
          '__doc__': 'An ABC with one abstract method %s.' % methods[0]}
    for m in methods:
        ns[m] = lambda self: None
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))


SupportsInt = _protocol('SupportsInt', '__int__')
SupportsFloat = _protocol('SupportsFloat', '__float__')
SupportsComplex = _protocol('SupportsComplex', '__complex__')
SupportsBytes = _protocol('SupportsBytes', '__bytes__')
SupportsIndex = _protocol('SupportsIndex', '__index__')
SupportsAbs = _protocol('SupportsAbs', '__abs__')
SupportsRound = _protocol('SupportsRound', '__round__')


# ---------------------------------------------------------------- aliases

AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
T = TypeVar('T')
T.__module__ = 'typing'
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'


def _abc_origins():
    try:
        import collections.abc as abcs
        return abcs
    except ImportError:
        return _fallback_abcs()


def _fallback_abcs():
    """Minimal structural stand-ins for collections.abc (when it is not available)."""
    class _Origins:
        pass
    origins = _Origins()

    def make(name, methods, bases=(), register=()):
        def hook(cls, C):
            if cls is not made:
                return NotImplemented
            for m in methods:
                if not any(m in B.__dict__ and B.__dict__[m] is not None for B in C.__mro__):
                    return NotImplemented
            return True
        ns = {'__module__': 'collections.abc', '__qualname__': name,
              '__subclasshook__': classmethod(hook)}
        made = abc.ABCMeta(name, bases, ns)
        for r in register:
            made.register(r)
        setattr(origins, name, made)
        return made

    def generator_type():
        def g():
            yield
        return type(g())

    Hashable = make('Hashable', ['__hash__'])
    Awaitable = make('Awaitable', ['__await__'])
    Coroutine = make('Coroutine', ['send', 'throw', 'close', '__await__'], (Awaitable,))
    AsyncIterable = make('AsyncIterable', ['__aiter__'])
    AsyncIterator = make('AsyncIterator', ['__aiter__', '__anext__'], (AsyncIterable,))
    make('AsyncGenerator', ['__aiter__', '__anext__', 'asend', 'athrow'], (AsyncIterator,))
    Iterable = make('Iterable', ['__iter__'])
    Iterator = make('Iterator', ['__iter__', '__next__'], (Iterable,))
    Reversible = make('Reversible', ['__reversed__', '__iter__'], (Iterable,))
    make('Generator', ['__iter__', '__next__', 'send', 'throw', 'close'], (Iterator,),
         (generator_type(),))
    Sized = make('Sized', ['__len__'])
    Container = make('Container', ['__contains__'])
    Collection = make('Collection', ['__len__', '__iter__', '__contains__'], (Sized, Iterable, Container))
    make('Callable', ['__call__'])
    Set = make('Set', ['__len__', '__iter__', '__contains__'], (Collection,), (frozenset,))
    make('MutableSet', ['__len__', '__iter__', '__contains__', 'add', 'discard'], (Set,), (set,))
    Mapping = make('Mapping', ['__getitem__', '__len__', '__iter__', 'keys', 'items', 'values', 'get'],
                   (Collection,))
    make('MutableMapping', ['__getitem__', '__setitem__', '__delitem__', '__len__', '__iter__',
                            'keys', 'items', 'values', 'get', 'pop', 'update'], (Mapping,), (dict,))
    MappingView = make('MappingView', ['__len__'], (Sized,))
    make('KeysView', ['__len__', '__iter__', '__contains__'], (MappingView, Set), (type({}.keys()),))
    make('ItemsView', ['__len__', '__iter__', '__contains__'], (MappingView, Set), (type({}.items()),))
    make('ValuesView', ['__len__', '__iter__', '__contains__'], (MappingView, Collection),
         (type({}.values()),))
    Sequence = make('Sequence', ['__getitem__', '__len__', '__iter__', '__contains__', '__reversed__',
                                 'index', 'count'], (Reversible, Collection), (tuple, str, range))
    make('MutableSequence', ['__getitem__', '__setitem__', '__delitem__', '__len__', 'insert',
                             'append', 'extend', 'pop', 'remove'], (Sequence,), (list, bytearray))
    make('ByteString', ['__getitem__', '__len__'], (Sequence,), (bytes, bytearray))
    return origins


_abcs = _abc_origins()


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


def _missing_origin(name):
    return type(name, (), {'__module__': 'collections', '__qualname__': name})


def _collections_origin(name):
    try:
        import collections
        return getattr(collections, name)
    except (ImportError, AttributeError):
        return _missing_origin(name)


Hashable = _alias(_abcs.Hashable, 0)
Awaitable = _alias(_abcs.Awaitable, 1)
Coroutine = _alias(_abcs.Coroutine, 3)
AsyncIterable = _alias(_abcs.AsyncIterable, 1)
AsyncIterator = _alias(_abcs.AsyncIterator, 1)
Iterable = _alias(_abcs.Iterable, 1)
Iterator = _alias(_abcs.Iterator, 1)
Reversible = _alias(_abcs.Reversible, 1)
Sized = _alias(_abcs.Sized, 0)
Container = _alias(_abcs.Container, 1)
Collection = _alias(_abcs.Collection, 1)
Callable = _CallableType(_abcs.Callable, 2)
AbstractSet = _alias(_abcs.Set, 1, name='AbstractSet')
MutableSet = _alias(_abcs.MutableSet, 1)
Mapping = _alias(_abcs.Mapping, 2)
MutableMapping = _alias(_abcs.MutableMapping, 2)
Sequence = _alias(_abcs.Sequence, 1)
MutableSequence = _alias(_abcs.MutableSequence, 1)
ByteString = _alias(_abcs.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collections_origin('deque'), 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abcs.MappingView, 1)
KeysView = _alias(_abcs.KeysView, 1)
ItemsView = _alias(_abcs.ItemsView, 2)
ValuesView = _alias(_abcs.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collections_origin('defaultdict'), 2, name='DefaultDict')
OrderedDict = _alias(_collections_origin('OrderedDict'), 2)
Counter = _alias(_collections_origin('Counter'), 1)
ChainMap = _alias(_collections_origin('ChainMap'), 2)
Generator = _alias(_abcs.Generator, 3)
AsyncGenerator = _alias(_abcs.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')


class _ContextManagerOrigin(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerOrigin:
            if any('__enter__' in B.__dict__ for B in C.__mro__) and any('__exit__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


_ContextManagerOrigin.__name__ = 'AbstractContextManager'
_ContextManagerOrigin.__qualname__ = 'AbstractContextManager'
_ContextManagerOrigin.__module__ = 'contextlib'
ContextManager = _alias(_ContextManagerOrigin, 1, name='ContextManager')
AsyncContextManager = _alias(_missing_origin('AbstractAsyncContextManager'), 1, name='AsyncContextManager')


def _pattern_types():
    try:
        import re
        return type(re.compile('')), type(re.match('', ''))
    except Exception:
        return _missing_origin('Pattern'), _missing_origin('Match')


_pattern, _match = _pattern_types()
Pattern = _alias(_pattern, 1)
Match = _alias(_match, 1)

Text = str


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


# ---------------------------------------------------------------- NamedTuple and TypedDict

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f'field {n} annotation must be a type') for n, t in types}
    nm_tpl = _namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f'Non-default namedtuple field {field_name} '
                                f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class syntax or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords'
                        ' can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _strip_qualifier(tp, qualifier):
    if isinstance(tp, _GenericAlias) and tp.__origin__ is qualifier:
        return tp.__args__[0], True
    return tp, False


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg) for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            if isinstance(tp, _GenericAlias) and tp.__origin__ is Required:
                is_required = True
            elif isinstance(tp, _GenericAlias) and tp.__origin__ is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if '__total__' not in tp_dict.__dict__:
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments,'
                        ' but not both')
    ns = {'__annotations__': dict(fields), '__module__': _caller_module(), '__qualname__': typename}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and type(tp) is _TypedDictMeta


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        f'{superclass_name} = NewType({self.__name__!r}, {superclass_name})')

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm val has the inferred type typ; returns val."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    """Reveal the inferred type of a variable: prints it and returns obj unchanged."""
    print(f'Runtime type is {type(obj).__name__!r}')
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods: records func, returns a stub."""
    key = getattr(func, '__qualname__', None)
    if key is not None:
        _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for func as a sequence."""
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__ when possible)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator indicating that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'UnionType' and type(tp).__module__ == 'types':
        return type(tp)
    return None


def get_args(tp):
    """The type arguments of a subscripted type: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not Ellipsis \
                and not _is_typevar_like(res[0]):
            res = (list(res[:-1]), res[-1])
        return res
    if type(tp).__name__ == 'UnionType' and type(tp).__module__ == 'types':
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its __annotations__ with string
    (forward) references resolved and None replaced by NoneType. For a
    class, the annotations of its bases are merged in, base classes first.
    Annotated[] wrappers are removed unless include_extras is true.
    """
    import _typing_hints
    return _typing_hints.get_type_hints(obj, globalns, localns, include_extras)
`;

export const modules: ModuleDef[] = [
  typingNative,
  { name: '_namedtuple', summary: 'namedtuple(): tuple subclasses with named fields (shared helper).', source: NAMEDTUPLE_SOURCE },
  { name: '_typing_hints', summary: 'get_type_hints() for typing (loaded on first use).', source: HINTS_SOURCE },
  { name: 'typing', summary: 'Support for type hints: List[int], Optional[str], TypeVar, Generic, Protocol, NamedTuple, TypedDict...', source: TYPING_SOURCE },
];
