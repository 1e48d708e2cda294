/**
 * The `dataclasses` module: `@dataclass`, `field()`, `fields()`, `asdict()`,
 * `astuple()`, `replace()`, `make_dataclass()`... as in CPython 3.11.
 *
 * The decorator itself is Python source (exactly Python-semantic, not hot).
 * CPython generates `__init__` by exec'ing source text; Sandling has no exec,
 * so the private native module `_dataclasses` builds real function objects
 * with a given signature instead: argument binding is the interpreter's own
 * (same speed and the same error messages as a `def`), and the generated
 * `__init__` body runs natively.
 *
 * Differences from CPython: `slots=True` builds the new class with a
 * `__slots__` attribute, but Sandling does not enforce slots (instances keep
 * a `__dict__`); `asdict`/`astuple` deep-copy leaf values with the `copy`
 * module when it is available; generated methods report `<generated>` as
 * their file in tracebacks.
 */
import type { ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { Code, PyFunction } from '../core/runtime/function.js';
import { Namespace, type Frame, type Runtime } from '../core/runtime/runtime.js';
import { PyDict } from '../core/runtime/dict.js';
import { PyList, PyTuple, tuple } from '../core/runtime/values.js';
import { MappingProxyType, None } from '../core/runtime/types.js';
import { typeError } from '../core/runtime/exceptions.js';
import { getAttr, genericSetAttr, setAttr } from '../core/runtime/attrs.js';
import { callValue } from '../core/runtime/call.js';
import { typeName } from '../core/runtime/ops.js';
import type { Value } from '../core/runtime/object.js';

/** What a generated function looks like from the outside. */
export interface SignatureSpec {
  name: string;
  qualname: string;
  module: string;
  /** Positional-or-keyword parameter names, in order. */
  params: string[];
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults: Value[];
  /** Keyword-only parameter names. */
  kwonly: string[];
  /** Defaults of keyword-only parameters, by name. */
  kwdefaults: Map<string, Value> | null;
  doc: Value;
}

const GENERATED_FILE = '<generated>';

/**
 * A Python function object with the signature described by `spec` whose body
 * is `body(rt, locals)`: `locals` holds the bound parameter values in order
 * (positional, then keyword-only). Binding errors are the interpreter's own.
 */
export function functionWithSignature(spec: SignatureSpec, body: (rt: Runtime, locals: Value[]) => Value): PyFunction {
  const paramNames = [...spec.params, ...spec.kwonly];
  const code = new Code({
    name: spec.name,
    qualname: spec.qualname,
    filename: GENERATED_FILE,
    firstLine: 1,
    paramNames,
    posonlyCount: 0,
    argCount: spec.params.length,
    kwonlyCount: spec.kwonly.length,
    hasVarargs: false,
    hasKwargs: false,
    nlocals: paramNames.length,
    cellParams: [],
    cellLocals: [],
    freeSlots: [],
    isGenerator: false,
    body: (f: Frame) => {
      f.line = 1;
      f.ret = body(f.rt, f.locals);
      return 0;
    },
    genBody: null,
    doc: spec.doc,
  });
  const fn = new PyFunction(code, [], new Namespace(spec.module), spec.defaults, spec.kwdefaults, null);
  fn.module = spec.module;
  return fn;
}

// ------------------------------------------------------------ argument checks

function strList(fname: string, what: string, v: Value): string[] {
  if (!(v instanceof PyList || v instanceof PyTuple)) throw typeError(`${fname}(): ${what} must be a list or tuple, not ${typeName(v)}`);
  for (const x of v.items) if (typeof x !== 'string') throw typeError(`${fname}(): ${what} must hold str, not ${typeName(x)}`);
  return v.items.slice() as string[];
}

function valueList(fname: string, what: string, v: Value): Value[] {
  if (!(v instanceof PyList || v instanceof PyTuple)) throw typeError(`${fname}(): ${what} must be a list or tuple, not ${typeName(v)}`);
  return v.items.slice();
}

function kwDefaults(rt: Runtime, fname: string, v: Value): Map<string, Value> | null {
  if (v === None || v === undefined) return null;
  if (!(v instanceof PyDict)) throw typeError(`${fname}(): kwdefaults must be a dict, not ${typeName(v)}`);
  const out = new Map<string, Value>();
  for (const k of v.keys()) {
    if (typeof k !== 'string') throw typeError(`${fname}(): kwdefaults keys must be str`);
    out.set(k, v.get(rt, k));
  }
  return out.size === 0 ? null : out;
}

/** The signature part shared by both builders' arguments. */
function readSignature(rt: Runtime, fname: string, a: Value[]): SignatureSpec {
  const [name, qualname, params, defaults, kwonly, kwdefaults, module, doc] = a;
  if (typeof name !== 'string' || typeof qualname !== 'string') throw typeError(`${fname}(): name and qualname must be str`);
  const spec: SignatureSpec = {
    name,
    qualname,
    module: typeof module === 'string' ? module : '__main__',
    params: strList(fname, 'params', params),
    defaults: valueList(fname, 'defaults', defaults),
    kwonly: kwonly === undefined ? [] : strList(fname, 'kwonly', kwonly),
    kwdefaults: kwDefaults(rt, fname, kwdefaults),
    doc: doc === undefined ? None : doc,
  };
  if (spec.defaults.length > spec.params.length) throw typeError(`${fname}(): more defaults than parameters`);
  const all = [...spec.params, ...spec.kwonly];
  if (new Set(all).size !== all.length) throw typeError(`${fname}(): duplicate parameter name`);
  return spec;
}

// ------------------------------------------------------------ __init__ builder

/** One assignment the generated `__init__` makes: `self.<attr> = <value>`. */
interface InitStep {
  attr: string;
  /** Index of the parameter holding the value, or -1 (the factory always runs). */
  param: number;
  /** default_factory, called when the parameter holds the sentinel (or always, when param is -1). */
  factory: Value | null;
}

function readSteps(fname: string, v: Value, nparams: number): InitStep[] {
  return valueList(fname, 'steps', v).map((s) => {
    if (!(s instanceof PyTuple) || s.items.length !== 3) throw typeError(`${fname}(): each step must be an (attr, param, factory) tuple`);
    const [attr, param, factory] = s.items;
    if (typeof attr !== 'string' || typeof param !== 'number' || param < -1 || param >= nparams) {
      throw typeError(`${fname}(): bad step`);
    }
    return { attr, param: param < 0 ? -1 : param + 1, factory: factory === None ? null : factory };
  });
}

function readIndexes(fname: string, v: Value, nparams: number): number[] {
  return valueList(fname, 'post_init_args', v).map((i) => {
    if (typeof i !== 'number' || i < 0 || i >= nparams) throw typeError(`${fname}(): bad post_init_args index`);
    return i + 1;
  });
}

/**
 * `init_function(name, qualname, params, defaults, kwonly, kwdefaults, module,
 * doc, steps, frozen, post_init_args, factory_sentinel)`: a dataclass
 * `__init__`. `params` exclude `self`; steps and indexes refer to them.
 */
function makeInit(rt: Runtime, a: Value[]): PyFunction {
  const fname = 'init_function';
  const spec = readSignature(rt, fname, a);
  const nparams = spec.params.length + spec.kwonly.length;
  const steps = readSteps(fname, a[8], nparams);
  const frozen = a[9] === true;
  const postInit = a[10] === None ? null : readIndexes(fname, a[10], nparams);
  const sentinel = a[11];
  // CPython renames `self` when a field is called `self`.
  const selfName = spec.params.includes('self') || spec.kwonly.includes('self') ? '__dataclass_self__' : 'self';
  spec.params = [selfName, ...spec.params];
  return functionWithSignature(spec, (rt2, locals) => {
    const self = locals[0];
    rt2.charge(steps.length + 1);
    for (const step of steps) {
      let value: Value;
      if (step.param < 0) value = callValue(rt2, step.factory, [], null);
      else {
        value = locals[step.param];
        if (step.factory !== null && value === sentinel) value = callValue(rt2, step.factory, [], null);
      }
      // Frozen classes forbid setattr, so their __init__ goes through object.__setattr__.
      if (frozen) genericSetAttr(rt2, self, step.attr, value);
      else setAttr(rt2, self, step.attr, value);
    }
    if (postInit !== null) {
      callValue(rt2, getAttr(rt2, self, '__post_init__'), postInit.map((i) => locals[i]), null);
    }
    return None;
  });
}

/**
 * `function_with_signature(name, qualname, params, defaults, kwonly,
 * kwdefaults, module, doc, impl, pack=False)`: a function that binds its
 * arguments like a `def` with that signature and returns `impl(*values)`
 * (with `pack`, `impl(values[0], tuple(values[1:]))`).
 */
function makeSignatureFunction(rt: Runtime, a: Value[]): PyFunction {
  const spec = readSignature(rt, 'function_with_signature', a);
  const impl = a[8];
  const pack = a[9] === true;
  return functionWithSignature(spec, (rt2, locals) => {
    if (pack) return callValue(rt2, impl, [locals[0], tuple(locals.slice(1))], null);
    return callValue(rt2, impl, locals.slice(), null);
  });
}

/** `mapping_proxy(d)`: a read-only snapshot of dict `d` (Field.metadata). */
function makeMappingProxy(rt: Runtime, a: Value[]): PyDict {
  const d = a[0];
  if (!(d instanceof PyDict)) throw typeError(`mapping_proxy() argument must be a dict, not ${typeName(d)}`);
  rt.charge(d.map.size);
  const p = new PyDict();
  p.updateFrom(rt, d);
  p.cls = MappingProxyType;
  return p;
}

const SIGNATURE_PARAMS = ['name', 'qualname', 'params', 'defaults', 'kwonly?', 'kwdefaults?', 'module?', 'doc?'];

const nativeHelpers: ModuleDef = {
  name: '_dataclasses',
  summary: 'Native helpers of dataclasses and namedtuple: functions built with a given signature.',
  build: () => ({
    init_function: nativeFunction('_dataclasses', 'init_function',
      [...SIGNATURE_PARAMS.map((p) => p.replace('?', '')), 'steps', 'frozen', 'post_init_args', 'factory_sentinel'],
      makeInit, 'Builds a dataclass __init__ with the given signature and field assignments.'),
    mapping_proxy: nativeFunction('_dataclasses', 'mapping_proxy', ['mapping'], makeMappingProxy,
      'A read-only snapshot of a dict.'),
    function_with_signature: nativeFunction('_dataclasses', 'function_with_signature',
      [...SIGNATURE_PARAMS.map((p) => p.replace('?', '')), 'impl', 'pack?'],
      makeSignatureFunction, 'A function with the given signature that returns impl(*bound_arguments).'),
  }),
};

const SOURCE = String.raw`"""Generate special methods (__init__, __repr__, __eq__, ordering, __hash__)
for classes whose fields are declared with type annotations."""

import _dataclasses

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'

_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    """Marks a field without a default (distinct from a default of None)."""

MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Annotating a pseudo-field with KW_ONLY makes the fields after it keyword-only."""

KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T] marks a pseudo-field passed to __init__ and __post_init__ only."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % _type_name(self.type)

    def __class_getitem__(cls, type):
        return InitVar(type)


def _type_name(tp):
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return tp.__module__ + '.' + tp.__qualname__
    return repr(tp)


class Field:
    """One field of a dataclass, as returned by field() and fields()."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _dataclasses.mapping_proxy({} if metadata is None else dict(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=' + repr(self.name) + ','
                'type=' + repr(self.type) + ','
                'default=' + repr(self.default) + ','
                'default_factory=' + repr(self.default_factory) + ','
                'init=' + repr(self.init) + ','
                'repr=' + repr(self.repr) + ','
                'hash=' + repr(self.hash) + ','
                'compare=' + repr(self.compare) + ','
                'metadata=' + repr(self.metadata) + ','
                'kw_only=' + repr(self.kw_only) + ','
                '_field_type=' + repr(self._field_type) +
                ')')

    def __set_name__(self, owner, name):
        # Forward to the default value, so a descriptor default learns its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    # Only objects made by typing can be ClassVar; never import typing just to look.
    if tp is None or type(tp).__module__ != 'typing':
        return False
    try:
        import typing
    except ImportError:
        return False
    return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar


def _is_string_annotation_of(annotation, names):
    if not isinstance(annotation, str):
        return False
    head = annotation.strip().split('[', 1)[0].strip()
    return head in names


def _get_field(cls, name, tp, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp) or _is_string_annotation_of(tp, ('ClassVar', 'typing.ClassVar')):
        f._field_type = _FIELD_CLASSVAR
    elif tp is InitVar or isinstance(tp, InitVar) or _is_string_annotation_of(tp, ('InitVar', 'dataclasses.InitVar')):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         'is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # Never overwrite what the class defines itself; report whether it did.
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = cls.__qualname__ + '.' + value.__name__
    setattr(cls, name, value)
    return False


def _field_values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _make_repr(field_names):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = [n + '=' + repr(getattr(self, n)) for n in field_names]
        finally:
            running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    return __repr__


def _make_eq(field_names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, field_names) == _field_values(other, field_names)
        return NotImplemented
    return __eq__


def _make_order(name, field_names):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a = _field_values(self, field_names)
            b = _field_values(other, field_names)
            if name == '__lt__':
                return a < b
            if name == '__le__':
                return a <= b
            if name == '__gt__':
                return a > b
            return a >= b
        return NotImplemented
    compare.__name__ = name
    return compare


def _make_hash(field_names):
    def __hash__(self):
        return hash(_field_values(self, field_names))
    return __hash__


def _make_frozen_methods(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _check_default_order(std_fields):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')


def _param_default(f):
    if f.default_factory is not MISSING:
        return _HAS_DEFAULT_FACTORY
    return f.default


def _build_init(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    _check_default_order(std_fields)
    params = [f.name for f in std_fields]
    kwonly = [f.name for f in kw_only_fields]
    defaults = []
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaults.append(_param_default(f))
    kwdefaults = {}
    for f in kw_only_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            kwdefaults[f.name] = _param_default(f)
    index = {name: i for i, name in enumerate(params + kwonly)}
    steps = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            steps.append((f.name, index[f.name] if f.init else -1, f.default_factory))
        elif f.init:
            steps.append((f.name, index[f.name], None))
    post_init_args = None
    if has_post_init:
        post_init_args = [index[f.name] for f in all_fields if f._field_type is _FIELD_INITVAR]
    return _dataclasses.init_function(
        '__init__', cls.__qualname__ + '.__init__', params, defaults, kwonly, kwdefaults,
        cls.__module__, None, steps, frozen, post_init_args, _HAS_DEFAULT_FACTORY)


_HASH_ADD = 'add'
_HASH_SET_NONE = 'none'
_HASH_RAISE = 'raise'


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return _HASH_RAISE if has_explicit_hash else _HASH_ADD
    if has_explicit_hash:
        return None
    if eq and frozen:
        return _HASH_ADD
    if eq:
        return _HASH_SET_NONE
    return None


def _annotation_text(tp):
    if tp is None:
        return 'None'
    return _type_name(tp)


def _signature_doc(cls, std_fields, kw_only_fields):
    def param(f):
        text = f.name + ': ' + _annotation_text(f.type)
        if f.default_factory is not MISSING:
            return text + ' = <factory>'
        if f.default is not MISSING:
            return text + ' = ' + repr(f.default)
        return text
    parts = [param(f) for f in std_fields]
    if kw_only_fields:
        parts.append('*')
        parts.extend(param(f) for f in kw_only_fields)
    return cls.__name__ + '(' + ', '.join(parts) + ')'


def _collect_fields(cls, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_seen = False
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, tp, kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields, has_dataclass_bases, any_frozen_base


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields, has_dataclass_bases, any_frozen_base = _collect_fields(cls, kw_only)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _build_init(
            cls, list(fields.values()), [f for f in std_init_fields if f.init],
            [f for f in kw_only_init_fields if f.init], frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f.name for f in field_list if f.repr]))
    compared = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(compared))
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, _make_order(name, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _make_frozen_methods(cls, [f.name for f in field_list])
        for fn in (setter, deleter):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action is _HASH_RAISE:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if action is _HASH_SET_NONE:
        cls.__hash__ = None
    elif action is _HASH_ADD:
        hashed = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_hash(hashed)
        cls.__hash__.__qualname__ = cls.__qualname__ + '.__hash__'

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(
            cls, [f for f in std_init_fields if f.init], [f for f in kw_only_init_fields if f.init])
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen)
    abstract = getattr(cls, '__abstractmethods__', None)
    if abstract is not None:
        try:
            import abc
        except ImportError:
            pass
        else:
            abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen):
    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    if '__slots__' in namespace:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace['__slots__'] = field_names
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC_TYPES = (type(None), bool, int, float, str, bytes, type, range)


def _deepcopy(obj):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    try:
        from copy import deepcopy
    except ImportError:
        return obj
    return deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values, recursing into dataclasses, dicts, lists
    and tuples. Other values are deep-copied.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values, recursing into dataclasses, dicts, lists and tuples.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass.

    fields is an iterable of either name, (name, type) or (name, type,
    Field) items; a bare name gets the type 'typing.Any'.
    """
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns['__module__'] = '__main__' if module is None else module
    ns['__qualname__'] = cls_name
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`;

export const modules: ModuleDef[] = [
  nativeHelpers,
  { name: 'dataclasses', summary: 'Generate __init__, __repr__, __eq__ and more for classes with annotated fields.', source: SOURCE },
];
