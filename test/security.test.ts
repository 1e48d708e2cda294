// Security attack suite, part 1: the object model seen from scripts.
//
// Every test asserts the SECURE behaviour (so a failing test is a hole):
// host-only names are AttributeError on every kind of value, dunder walks and
// str.format field paths reach only sandbox values, JS-significant names are
// ordinary keys, builtin types cannot be modified or confused, no ambient
// capability exists, and no JS prototype changes (canary at the end of the file,
// after the whole conformance corpus has also been run here).
//
// See docs in /work/shared/docs/threat-model.md, sections 1.6, 1.7 and 6.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Interpreter, ScriptError } from '../core/index.js';
import {
  canaryDiff, describeError, expectNoLeak, findLeak, isAcceptableFailure, runOk, runScript, takeCanary,
} from './security-helpers.js';

// Taken before anything in this file runs a script.
const canary = takeCanary();

/** Names meaningful to JavaScript (or CPython internals) that no script value may expose. */
const HOST_NAMES = [
  'constructor', '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__',
  '__lookupGetter__', '__defineSetter__', '__lookupSetter__', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', 'call', 'apply', 'bind', 'then', 'catch', 'finally', 'length', 'stack', 'caller', 'arguments',
  'callee', 'message', 'toJSON', 'inspect', 'prepareStackTrace', 'captureStackTrace',
  // field names of Sandling's own JS classes: must not be readable as attributes
  'cls', 'dict', 'map', 'items', 'fn', 'code', 'globals', 'namespace', 'closure', 'defaults', 'kwdefaults',
  'objclass', 'layout', 'construct', 'quickNew', 'cache', 'subclasses', 'builtin', 'v', 'b', 'value', 'self',
  'func', 'gen', 'frame', 'rt', 'cell', 'version', 'keys', 'get',
  // frames, code objects, globals
  '__globals__', '__code__', '__builtins__', 'gi_frame', 'gi_code', 'f_globals', 'f_locals', 'f_back', 'f_builtins',
  'tb_frame', 'cr_frame', 'ag_frame', 'func_globals', '__loader__', '__spec__', '__file__',
];

/** Names from HOST_NAMES that CPython legitimately has on some types (excluded for those types only). */
const PYTHON_ALLOWED: Record<string, string[]> = {
  dict: ['keys', 'items', 'get'],
  dict_subclass: ['keys', 'items', 'get'],
  bound_method: ['__func__'],
  classmethod: ['__func__'],
  staticmethod: ['__func__'],
  mappingproxy: ['keys', 'items', 'get'],
  dict_keys: [],
};

/** Script prelude: builds one value of every kind. `HOSTFN` is set by the host before running. */
const PRELUDE = `
class C:
    cattr = 1
    def m(self): return 1
    @property
    def p(self): return 1
    @classmethod
    def cm(cls): return cls
    @staticmethod
    def sm(): return 2
class D(C):
    def sup(self): return super()
class IntSub(int): pass
class ListSub(list): pass
class DictSub(dict): pass
class StrSub(str): pass
class MyErr(ValueError): pass
def f(a=1, *, b=2): return a
def gen():
    yield 1
def mk():
    v = [1]
    def h(): return v
    return h
try:
    raise ValueError('x')
except ValueError as _e:
    EXC = _e
OBJS = {
    'int': 1, 'bigint': 2**100, 'bool': True, 'float': 1.5, 'str': 's', 'bytes': b'b', 'bytearray': bytearray(b'x'),
    'list': [1], 'tuple': (1,), 'dict': {'a': 1}, 'set': {1}, 'frozenset': frozenset({1}), 'range': range(3),
    'slice': slice(1, 2), 'None': None, 'function': f, 'lambda': lambda: 0, 'bound_method': C().m,
    'builtin_function': len, 'builtin_method': [].append, 'method_descriptor': str.upper, 'class': C,
    'instance': C(), 'exception': ValueError('x'), 'exception_class': ValueError, 'raised_exception': EXC,
    'user_exception': MyErr('y'), 'generator': gen(), 'list_iterator': iter([]), 'str_iterator': iter('ab'),
    'map': map(len, []), 'filter': filter(None, []), 'zip': zip(), 'enumerate': enumerate([]),
    'reversed': reversed([1]), 'property': C.__dict__['p'], 'classmethod': C.__dict__['cm'],
    'staticmethod': C.__dict__['sm'], 'super': D().sup(), 'type': type, 'object': object(), 'object_class': object,
    'NotImplemented': NotImplemented, 'Ellipsis': ..., 'dict_keys': {}.keys(), 'dict_items': {}.items(),
    'dict_values': {}.values(), 'mappingproxy': int.__dict__, 'getset_descriptor': type.__dict__['__mro__'],
    'cell': mk().__closure__[0], 'closure_function': mk(), 'traceback': EXC.__traceback__, 'union': int | str,
    'int_subclass': IntSub(3), 'int_subclass_class': IntSub, 'list_subclass': ListSub([1]), 'dict_subclass': DictSub(a=1),
    'str_subclass': StrSub('q'), 'host_function': HOSTFN, 'print': print, 'range_iterator': iter(range(2)),
    'set_iterator': iter({1}), 'dict_iterator': iter({1: 2}), 'callable_iterator': iter(lambda: 1, 1),
}
`;

function objectKinds(): string[] {
  const interp = new Interpreter();
  interp.set('HOSTFN', (x: unknown) => x);
  interp.run(PRELUDE + '\nKINDS = list(OBJS)');
  return interp.get('KINDS') as string[];
}
const KINDS = objectKinds();

function newInterp(): { interp: Interpreter; out: () => string } {
  let out = '';
  const interp = new Interpreter({ output: (t) => { out += t; }, limits: { maxOps: 50_000_000, timeoutMs: 30_000 } });
  interp.set('HOSTFN', (x: unknown) => x);
  return { interp, out: () => out };
}

describe('1. host and internal attribute names are AttributeError on every kind of value', () => {
  for (const kind of KINDS) {
    it(`${kind}: getattr/hasattr/dir/type(x) for JS names`, () => {
      const allowed = PYTHON_ALLOWED[kind] ?? [];
      const names = HOST_NAMES.filter((n) => !allowed.includes(n));
      const { interp, out } = newInterp();
      const src = `${PRELUDE}
NAMES = ${JSON.stringify(names)}
x = OBJS[${JSON.stringify(kind)}]
bad = []
msgs = []
sentinel = object()
try:
    listing = dir(x)
except Exception as e:
    listing = []
    bad.append('dir() failed: ' + type(e).__name__)
for n in NAMES:
    for label, target in (('x', x), ('type(x)', type(x))):
        try:
            r = getattr(target, n)
            bad.append(label + '.' + n + ' -> ' + type(r).__name__)
        except AttributeError as e:
            if type(e) is not AttributeError:
                bad.append(label + '.' + n + ' raised ' + type(e).__name__)
            msgs.append(str(e))
        except BaseException as e:
            bad.append(label + '.' + n + ' raised ' + type(e).__name__ + ': ' + str(e))
    if hasattr(x, n):
        bad.append('hasattr(x, ' + n + ')')
    if getattr(x, n, sentinel) is not sentinel:
        bad.append('getattr(x, ' + n + ', default)')
    if n in listing:
        bad.append(n + ' in dir(x)')
print(bad)
print('\\n'.join(msgs))
`;
      let err: unknown;
      try {
        interp.run(src, { filename: 'attrs.py' });
      } catch (e) {
        err = e;
      }
      expect(describeError(err)).toBe('no error');
      const [first, ...rest] = out().split('\n');
      expect(first).toBe('[]');
      expectNoLeak(rest.join('\n'), `AttributeError messages for ${kind}`);
    });
  }

  it('x.constructor syntax (not getattr) on literals and containers', () => {
    const exprs = ['(1).constructor', '"".constructor', '[].constructor', '{}.constructor', '(lambda: 0).constructor',
      'len.constructor', 'type.constructor', 'object.constructor', 'None.constructor', '(1).__proto__',
      '[].__proto__.constructor', 'print.call', 'len.apply', 'len.bind', '(lambda: 0).call', 'ValueError().stack',
      'ValueError.prototype', 'int.prototype', 'type(len).prototype', '"".length', '[].length', '(1).toString',
      '{}.hasOwnProperty', '{}.__lookupGetter__', '{}.__defineGetter__', '[].then', 'object().then'];
    const src = exprs.map((e) => `try:\n    v = ${e}\n    print('LEAK', ${JSON.stringify(e)}, type(v).__name__)\nexcept AttributeError as e:\n    pass\n`).join('');
    expect(runOk(src)).toBe('');
  });

  it('instance attribute records: JS names read through attribute syntax are absent, and setting them changes nothing else', () => {
    const names = ['constructor', '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__',
      'isPrototypeOf', 'then', 'length', 'call', 'apply', 'bind'];
    const reads = names.map((n) => `    try:\n        v = o.${n}\n        print('LEAK', ${JSON.stringify(n)}, type(v).__name__)\n    except AttributeError:\n        pass\n`).join('');
    const src = [
      'class Box:', '    def __init__(self):', '        self.a = 1',
      'def probe(o):', reads,
      'for i in range(300):', '    probe(Box())',
      'b = Box()',
      ...names.map((n) => `b.${n} = "set-${n}"`),
      'print(sorted(vars(b).items()) == sorted([("a", 1)] + [(n, "set-" + n) for n in ' + JSON.stringify(names) + ']))',
      'b.__proto__ = {"a": 99}',
      'print(b.a, Box().a)',
      'for i in range(300):', '    probe(Box())',
      'probe(Box())',
    ].join('\n');
    expect(runOk(src)).toBe('True\n1 1\n');
  });

  it('type(x).constructor and x.__class__.constructor are AttributeError for every kind', () => {
    const { interp, out } = newInterp();
    interp.run(`${PRELUDE}
for k, x in OBJS.items():
    for expr in ('type(x).constructor', 'x.__class__.constructor', 'type(type(x)).constructor', 'x.__class__.__class__.__proto__'):
        try:
            if expr == 'type(x).constructor': v = type(x).constructor
            elif expr == 'x.__class__.constructor': v = x.__class__.constructor
            elif expr == 'type(type(x)).constructor': v = type(type(x)).constructor
            else: v = x.__class__.__class__.__proto__
            print('LEAK', k, expr)
        except AttributeError:
            pass
`);
    expect(out()).toBe('');
  });
});

describe('1b. dunder walks reach only sandbox values', () => {
  it('no __globals__/__code__/__builtins__/frames through functions, methods, generators, tracebacks', () => {
    const exprs = [
      'f.__globals__', 'f.__code__', 'f.__builtins__', 'f.func_globals', 'mk().__globals__', '(lambda: 0).__globals__',
      'C.m.__globals__', 'C().m.__func__.__globals__', 'C().m.__func__.__code__', 'C.__init__.__globals__',
      'C().__init__.__globals__', '(1).__class__.__init__.__globals__', 'object.__init__.__globals__',
      'type.__init__.__globals__', 'len.__globals__', 'len.__self__.open', 'len.__self__.__import__',
      'print.__self__.__dict__', 'C.cm.__func__.__globals__', 'C.__dict__["sm"].__func__.__globals__',
      'C.__dict__["p"].fget.__globals__', 'gen().gi_frame', 'gen().gi_code', 'gen().gi_frame.f_globals',
      'gen().gi_yieldfrom.gi_frame', 'EXC.__traceback__.tb_frame', 'EXC.__traceback__.tb_frame.f_globals',
      'EXC.__traceback__.tb_frame.f_back', 'EXC.__traceback__.tb_next.tb_frame', 'iter([]).gi_frame',
      'D().sup().__self__.__globals__', 'D().sup().__thisclass__.__init__.__globals__', 'HOSTFN.__globals__',
      'HOSTFN.__code__', 'HOSTFN.__self__.__dict__', 'HOSTFN.__call__.__self__.__globals__', 'HOSTFN.__wrapped__',
      'HOSTFN.__call__.__func__.__globals__', 'HOSTFN.__class__.__call__.__globals__', 'type(HOSTFN).__dict__["__call__"].__globals__',
      'print.__module__.__class__.__init__.__globals__', 'MyErr.__init__.__globals__', 'MyErr().__traceback__.tb_frame',
      'mk().__closure__[0].cell_contents.__class__.__init__.__globals__', '(int | str).__args__[0].__init__.__globals__',
    ];
    const { interp, out } = newInterp();
    const src = PRELUDE + exprs.map((e) => `try:\n    v = ${e}\n    print('REACHED', ${JSON.stringify(e)}, type(v).__name__)\nexcept (AttributeError, IndexError, TypeError):\n    pass\n`).join('');
    interp.run(src);
    expect(out()).toBe('');
  });

  it('__closure__ cells hold only sandbox values', () => {
    expect(runOk(`
def mk():
    a = [1]
    b = len
    def h(): return a, b
    return h
cells = mk().__closure__
print(type(cells).__name__, len(cells))
for c in cells:
    print(type(c).__name__, type(c.cell_contents).__name__, repr(c.cell_contents)[:20])
`)).toBe("tuple 2\ncell list [1]\ncell builtin_function_or_method <built-in function l\n");
  });

  it('__subclasses__ of builtin bases returns only sandbox classes (and none from other interpreters)', () => {
    const other = new Interpreter();
    other.run(`
class SecretFromOtherInterp: pass
class SecretErr(ValueError): pass
class SecretInt(int): pass
class SecretList(list): pass
class SecretType(type): pass
class SecretMeta(metaclass=SecretType): pass
class SecretDict(dict): pass
class SecretObj(object): pass
`);
    const out = runOk(`
seen = []
todo = [().__class__.__bases__[0], object, type, int, ValueError, BaseException, Exception, list, dict, str]
done = set()
while todo:
    c = todo.pop()
    if id(c) in done:
        continue
    done.add(id(c))
    subs = type.__subclasses__(c)
    assert type(subs) is list
    for s in subs:
        assert isinstance(s, type), s
        seen.append(s.__name__)
        todo.append(s)
print(sorted(set(seen)))
print(type.__subclasses__(type))
`);
    expect(out).not.toContain('Secret');
    expect(out).toBe('[]\n[]\n');
  });

  it('subclasses visible to the defining interpreter only, and never any import/eval/open function', () => {
    const out = runOk(`
class A: pass
class B(A): pass
print([c.__name__ for c in A.__subclasses__()])
names = set()
for c in [A, B, object, type, int]:
    for k in dir(c):
        names.add(k)
for bad in ['__import__', 'eval', 'exec', 'open', 'compile', 'system', '__builtins__', '__globals__', 'constructor', '__proto__', 'prototype']:
    if bad in names:
        print('FOUND', bad)
`);
    expect(out).toBe("['B']\n");
  });

  it('breadth-first walk of every attribute (depth 3) from every kind of value: only sandbox values, no capability', () => {
    const { interp, out } = newInterp();
    const src = `${PRELUDE}
FORBIDDEN = {'eval', 'exec', 'compile', 'open', '__import__', 'system', 'popen', 'input', 'breakpoint', 'globals',
             'locals', 'Function', 'require', 'process', 'constructor', 'spawn', 'execSync', 'import_module', 'load',
             'f_globals', 'f_builtins', 'gi_frame', 'tb_frame', '__globals__', '__code__', '__builtins__', '__proto__',
             'prototype', 'toString', 'valueOf', '__defineGetter__', '__lookupGetter__', 'then', 'stack'}
KNOWN_TYPES = None
seen = set()
bad = []
types = set()
frontier = [(v, k) for k, v in OBJS.items()]
for depth in range(3):
    nxt = []
    for obj, path in frontier:
        try:
            names = dir(obj)
        except Exception as e:
            bad.append(path + ': dir failed ' + type(e).__name__)
            continue
        for n in names:
            if n in FORBIDDEN:
                bad.append(path + '.' + n + ' listed by dir')
            try:
                v = getattr(obj, n)
            except Exception:
                continue
            types.add(type(v).__name__)
            nm = getattr(v, '__name__', None)
            if isinstance(nm, str) and nm in FORBIDDEN:
                bad.append(path + '.' + n + ' is ' + nm)
            if id(v) in seen:
                continue
            seen.add(id(v))
            nxt.append((v, path + '.' + n))
            if n == '__subclasses__' and callable(v):
                try:
                    for s in v():
                        nxt.append((s, path + '.__subclasses__()'))
                except Exception:
                    pass
    frontier = nxt
print(bad)
print(sorted(types))
`;
    let err: unknown;
    try {
      interp.run(src, { filename: 'walk.py' });
    } catch (e) {
      err = e;
    }
    expect(describeError(err)).toBe('no error');
    const [badLine, typesLine] = out().split('\n');
    expect(badLine).toBe('[]');
    // Only Sandling's own script types are reachable.
    const allowed = new Set(['C', 'D', 'IntSub', 'ListSub', 'DictSub', 'StrSub', 'MyErr', 'NoneType',
      'NotImplementedType', 'UnionType', 'ValueError', 'bool', 'builtin_function_or_method', 'bytearray', 'bytes',
      'callable_iterator', 'cell', 'classmethod', 'dict', 'dict_itemiterator', 'dict_items', 'dict_keyiterator',
      'dict_keys', 'dict_values', 'ellipsis', 'enumerate', 'filter', 'float', 'frozenset', 'function', 'generator',
      'getset_descriptor', 'int', 'list', 'list_iterator', 'list_reverseiterator', 'map', 'mappingproxy', 'method',
      'method-wrapper', 'method_descriptor', 'object', 'property', 'range', 'range_iterator', 'reversed', 'set',
      'set_iterator', 'slice', 'staticmethod', 'str', 'str_ascii_iterator', 'str_iterator', 'super', 'traceback',
      'tuple', 'type', 'types.GenericAlias', 'GenericAlias', 'zip', 'wrapper_descriptor', 'classmethod_descriptor',
      'member_descriptor', 'builtin_method', 'iterator']);
    const types = JSON.parse(typesLine.replace(/'/g, '"')) as string[];
    expect(types.filter((t) => !allowed.has(t))).toEqual([]);
  });
});

describe('2. str.format / f-string / %-format field paths', () => {
  const cases: [string, string][] = [
    ["'{0.__class__}'.format(1)", "<class 'int'>"],
    ["'{0.__class__.__mro__}'.format(1)", "(<class 'int'>, <class 'object'>)"],
    ["'{0.__class__.__base__.__subclasses__}'.format(1)", '<built-in method __subclasses__ of type object at'],
  ];
  for (const [expr, prefix] of cases) {
    it(`${expr} gives only sandbox text`, () => {
      const out = runOk(`print(${expr})`);
      expect(out.startsWith(prefix)).toBe(true);
      expectNoLeak(out);
    });
  }

  const denied = [
    "'{0.constructor}'.format(1)", "'{0.constructor.constructor}'.format(1)", "'{0.__globals__}'.format(f)",
    "'{0.__globals__}'.format(lambda: 0)", "'{0.__init__.__globals__}'.format(C())", "'{x.__init__.__globals__}'.format(x=C())",
    "'{x.m.__func__.__globals__}'.format(x=C())", "'{0.__code__}'.format(f)", "'{0.gi_frame}'.format(gen())",
    "'{0.__traceback__.tb_frame}'.format(EXC)", "'{0.__builtins__}'.format(len)", "'{0.__self__.open}'.format(len)",
    "'{0.__proto__}'.format({})", "'{0.toString}'.format([])", "'{0.length}'.format('abc')", "'{0.prototype}'.format(C)",
    "'{0.__class__.constructor}'.format(1)", "'{0.then}'.format(C())", "'{0.stack}'.format(EXC)",
    "'{0.__globals__}'.format(HOSTFN)", "'{0.constructor}'.format(HOSTFN)", "'{0.__class__.__init__.__globals__}'.format(1)",
    "f'{(1).constructor}'", "f'{C.__init__.__globals__}'", "'{0.__lookupGetter__}'.format(C())",
    "'{0.__defineGetter__}'.format(C())", "'{0.hasOwnProperty}'.format({})", "str.format('{0.call}', len)",
    "'{0.__class__.__base__.__subclasses__.__globals__}'.format(1)", "format_map_test('{x.__init__.__globals__}')",
  ];
  for (const expr of denied) {
    it(`${expr} raises AttributeError`, () => {
      const r = runScript(`${PRELUDE}
def format_map_test(s):
    return s.format_map({'x': C()})
try:
    v = ${expr}
    print('REACHED', v)
except AttributeError as e:
    print('AttributeError', e)
`, { interp: (() => { const i = new Interpreter(); i.set('HOSTFN', (x: unknown) => x); return i; })() });
      expect(describeError(r.error)).toBe('no error');
      expect(r.out.startsWith('AttributeError')).toBe(true);
      expectNoLeak(r.out);
    });
  }

  it('index fields with JS names are ordinary keys (KeyError when absent)', () => {
    const out = runOk(`
for spec, arg in [('{0[__proto__]}', {}), ('{0[constructor]}', {}), ('{0[toString]}', {}), ('{0[hasOwnProperty]}', {}),
                  ('{0[length]}', {}), ('{0[prototype]}', {})]:
    try:
        print('REACHED', spec.format(arg))
    except KeyError as e:
        print('KeyError', e)
print('{0[__proto__]}'.format({'__proto__': 5}), '{0[constructor]}'.format({'constructor': 6}))
try:
    print('{0[length]}'.format([1, 2]))
except TypeError as e:
    print('TypeError', e)
print('{__proto__}{constructor}'.format(**{'__proto__': 7, 'constructor': 8}))
try:
    print('{constructor}'.format())
except KeyError as e:
    print('KeyError', e)
try:
    print('{toString}'.format_map({}))
except KeyError as e:
    print('KeyError', e)
class M(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{__proto__}{then}'.format_map(M()))
`);
    expect(out).toBe([
      "KeyError '__proto__'", "KeyError 'constructor'", "KeyError 'toString'", "KeyError 'hasOwnProperty'",
      "KeyError 'length'", "KeyError 'prototype'", '5 6', 'TypeError list indices must be integers or slices, not str', '78',
      "KeyError 'constructor'", "KeyError 'toString'", '<__proto__><then>', '',
    ].join('\n'));
  });

  it('%-format mapping keys with JS names are ordinary keys', () => {
    const out = runOk(`
print('%(__proto__)s %(constructor)s %(toString)s' % {'__proto__': 1, 'constructor': 2, 'toString': 3})
for k in ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'length']:
    try:
        print(('%(' + k + ')s') % {})
    except KeyError as e:
        print('KeyError', e)
`);
    expect(out).toBe("1 2 3\nKeyError '__proto__'\nKeyError 'constructor'\nKeyError 'hasOwnProperty'\nKeyError 'valueOf'\nKeyError 'length'\n");
  });

  it('format specs taken from attributes cannot traverse further', () => {
    const out = runOk(`
class C: pass
try:
    print('{0:{1.__class__.__init__.__globals__}}'.format(1, 2))
except AttributeError as e:
    print('AttributeError')
try:
    print(format(C(), '{0.__globals__}'))
except TypeError as e:
    print('TypeError')
`);
    expect(out).toBe('AttributeError\nTypeError\n');
  });
});

describe('3. JS-significant names are ordinary keys and names', () => {
  const JSNAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'prototype', '__defineGetter__',
    '__lookupGetter__', 'isPrototypeOf', 'then', 'length', 'call', 'apply', 'bind', 'size', 'get', 'set', 'has'];

  it('dict keys', () => {
    const out = runOk(`
NAMES = ${JSON.stringify(JSNAMES)}
d = {}
for n in NAMES:
    assert n not in d, n
    try:
        d[n]
        print('PRESENT', n)
    except KeyError:
        pass
    assert d.get(n, 'absent') == 'absent', n
for i, n in enumerate(NAMES):
    d[n] = i
print(len(d), [d[n] for n in NAMES] == list(range(len(NAMES))))
print(sorted(d) == sorted(NAMES))
d2 = dict(d)
d2.update({'__proto__': {'polluted': 1}})
print(d2['__proto__'], type(d2['__proto__']).__name__)
del d['__proto__']
print('__proto__' in d, len(d))
print({'__proto__': 1} == {'__proto__': 1}, dict.fromkeys(['__proto__', 'constructor']))
print({**{'__proto__': 2}}, dict(__proto__=3, constructor=4))
print(d.pop('constructor'), d.setdefault('toString', 'x'), d.setdefault('__proto__', 'new'))
`);
    expect(out).toBe([
      `${JSNAMES.length} True`, 'True', "{'polluted': 1} dict", `False ${JSNAMES.length - 1}`,
      "True {'__proto__': None, 'constructor': None}", "{'__proto__': 2} {'__proto__': 3, 'constructor': 4}", '1 3 new', '',
    ].join('\n'));
  });

  it('set members, frozensets and dict views', () => {
    const out = runOk(`
NAMES = ${JSON.stringify(JSNAMES)}
s = set()
for n in NAMES:
    assert n not in s
s.update(NAMES)
print(len(s), all(n in s for n in NAMES), '__proto__' in frozenset(['__proto__']), 'x' in frozenset(NAMES))
s.discard('__proto__')
print('__proto__' in s, 'constructor' in {'a': 1}.keys(), 'constructor' in {'constructor': 1}.keys())
`);
    expect(out).toBe(`${JSNAMES.length} True True False\nFalse False True\n`);
  });

  it('keyword argument names', () => {
    const out = runOk(`
def kw(**k): return k
def named(__proto__=0, constructor=0, toString=0): return (__proto__, constructor, toString)
print(kw(__proto__=1, constructor=2, toString=3, hasOwnProperty=4))
print(kw(**{'__proto__': 5, 'valueOf': 6}))
print(named(__proto__=7, constructor=8, toString=9), named())
try:
    named(prototype=1)
except TypeError as e:
    print('TypeError', e)
try:
    len(__proto__=1)
except TypeError as e:
    print('TypeError')
print(dict(__proto__=1)['__proto__'])
`);
    expect(out).toBe([
      "{'__proto__': 1, 'constructor': 2, 'toString': 3, 'hasOwnProperty': 4}", "{'__proto__': 5, 'valueOf': 6}",
      '(7, 8, 9) (0, 0, 0)', "TypeError named() got an unexpected keyword argument 'prototype'", 'TypeError', '1', '',
    ].join('\n'));
  });

  it('attribute names on instances, classes, functions and via setattr/getattr/vars', () => {
    const out = runOk(`
NAMES = ${JSON.stringify(JSNAMES)}
class A: pass
a = A()
for n in NAMES:
    assert not hasattr(a, n), n
    assert not hasattr(A, n), n
for i, n in enumerate(NAMES):
    setattr(a, n, i)
    setattr(A, 'c_' + n, i)
print([getattr(a, n) for n in NAMES] == list(range(len(NAMES))), sorted(vars(a)) == sorted(NAMES))
a.__proto__ = {'x': 1}
a.constructor = 'c'
print(a.__proto__, a.constructor, A.c_constructor, type(a).__name__)
del a.__proto__
print(hasattr(a, '__proto__'))
def fn(): pass
fn.__proto__ = 1
fn.constructor = 2
print(fn.__proto__, fn.constructor, vars(fn))
class B:
    __proto__ = 'class attr'
    constructor = 'ctor'
    def toString(self): return 'ts'
print(B.__proto__, B().constructor, B().toString(), B.__mro__)
`);
    expect(out).toBe([
      'True True', "{'x': 1} c 1 A", 'False', "1 2 {'__proto__': 1, 'constructor': 2}",
      "class attr ctor ts (<class '__main__.B'>, <class 'object'>)", '',
    ].join('\n'));
  });

  it('global and local variable names', () => {
    const out = runOk(`
for n in ${JSON.stringify(JSNAMES)}:
    pass
try:
    print(constructor)
except NameError as e:
    print('NameError', e)
try:
    print(hasOwnProperty)
except NameError as e:
    print('NameError', e)
try:
    print(__proto__)
except NameError as e:
    print('NameError', e)
try:
    print(toString, valueOf)
except NameError as e:
    print('NameError', e)
__proto__ = 1
constructor = 2
toString = 3
def g():
    __proto__ = 'local'
    prototype = 'p'
    return __proto__ + prototype
print(__proto__, constructor, toString, g())
del constructor
try:
    constructor
except NameError as e:
    print('NameError', e)
`);
    expect(out).toBe([
      "NameError name 'constructor' is not defined", "NameError name 'hasOwnProperty' is not defined",
      "NameError name '__proto__' is not defined", "NameError name 'toString' is not defined", '1 2 3 localp',
      "NameError name 'constructor' is not defined", '',
    ].join('\n'));
  });

  it('class namespaces and type() dicts with JS names', () => {
    const out = runOk(`
X = type('X', (), {'__proto__': 1, 'constructor': 2, 'prototype': 3})
print(X.__proto__, X.constructor, X().prototype, X.__name__)
Y = type('__proto__', (object,), {})
print(Y.__name__, Y())
`);
    expect(out.startsWith("1 2 3 X\n__proto__ <__main__.__proto__ object at")).toBe(true);
  });

  it('host objects whose keys are JS-significant stay ordinary dict keys, both ways', () => {
    const interp = new Interpreter();
    interp.set('j', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}, "toString": 5}'));
    interp.set('m', new Map<unknown, unknown>([['__proto__', 1], ['hasOwnProperty', 2]]));
    interp.run(`
r = sorted(j.keys()), j['__proto__'], j['toString'], sorted(m.keys())
d = {'__proto__': {'polluted': 1}, 'constructor': 'c', 'then': 't'}
`);
    expect(interp.get('r')).toEqual([['__proto__', 'constructor', 'toString'], { polluted: true }, 5, ['__proto__', 'hasOwnProperty']]);
    const d = interp.get('d') as Record<string, unknown>;
    expect(Object.getPrototypeOf(d)).toBeNull();
    expect(Object.keys(d)).toEqual(['__proto__', 'constructor', 'then']);
    expect(Object.getOwnPropertyDescriptor(d, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof d.then).toBe('string');
  });
});

describe('6. builtin types and functions are immutable and shared state does not leak', () => {
  const mutations = [
    'int.x = 1', "setattr(str, 'upper', len)", 'del list.append', 'len.x = 1', 'object.x = 1', 'type.x = 1',
    'int.__add__ = len', 'ValueError.x = 1', 'ValueError.__str__ = len', 'BaseException.args = 1',
    'type.__setattr__(int, "x", 1)', 'object.__setattr__(int, "x", 1)', 'object.__setattr__(len, "x", 1)',
    'super(type, int).__setattr__("x", 1)', 'int.__name__ = "x"', 'int.__qualname__ = "x"', 'int.__module__ = "x"',
    'int.__doc__ = "x"', 'len.__name__ = "x"', 'len.__doc__ = "x"', 'int.__dict__["x"] = 1', 'vars(int)["x"] = 1',
    'vars(int).update({"x": 1})', 'dict.update(vars(int), {"x": 1})', 'int.__add__.x = 1', 'NotImplemented.x = 1',
    'Ellipsis.x = 1', 'None.x = 1', 'print.x = 1', 'type(None).x = 1', 'type(len).x = 1', 'type(lambda: 0).x = 1',
    'type([].append).x = 1', 'object.__class__ = int', '(1).__class__ = bool', 'delattr(int, "bit_length")',
    'delattr(object, "__repr__")', 'str.__dict__["upper"].x = 1', 'int.__bases__ = ()', 'int.__mro__ = ()',
    'int.__subclasses__ = 1', 'type.__subclasses__ = 1', 'len.__dict__["x"] = 1', 'object.__init_subclass__ = 1',
    'type(iter([])).x = 1', 'type({}.keys()).x = 1', 'classmethod.x = 1', 'property.fget = 1', 'BaseException.__init__ = 1',
    'Exception.__new__ = 1', 'StopIteration.value = 1', 'KeyError.__module__ = "x"', 'dict.fromkeys = 1',
    'setattr(int, "__proto__", 1)', 'setattr(object, "constructor", 1)', 'setattr(type, "toString", 1)',
  ];

  it('every mutation attempt on builtins raises TypeError/AttributeError (never succeeds)', () => {
    const src = mutations.map((m) => `try:
    ${m}
    print('MUTATED', ${JSON.stringify(m)})
except (TypeError, AttributeError) as e:
    pass
except Exception as e:
    print('OTHER', ${JSON.stringify(m)}, type(e).__name__, e)
`).join('');
    expect(runOk(src)).toBe('');
  });

  it('mutations attempted in one interpreter are invisible to another and to the next run', () => {
    const a = new Interpreter();
    runScript(mutations.map((m) => `try:\n    ${m}\nexcept BaseException:\n    pass\n`).join('') + `
len = lambda x: 42
print = None
int = str
class object: pass
ValueError = KeyError
`, { interp: a });
    const probe = `
checks = [
    len([1, 2]) == 2, print is not None, int('5') == 5, type(object()).__name__ == 'object', ValueError.__name__ == 'ValueError',
    not hasattr(int, 'x'), not hasattr(str, '__proto__'), not hasattr(object, 'constructor'), not hasattr(type, 'toString'),
    str.upper('a') == 'A', hasattr(list, 'append'), hasattr(int, 'bit_length'), int.__name__ == 'int', len.__name__ == 'len',
    repr(object()).startswith('<object object at'), not hasattr(len, 'x'), not hasattr(None, 'x'),
]
print(checks)
`;
    const b = new Interpreter();
    b.run(probe);
    expect(b.takeOutput()).toBe(`[${new Array(17).fill('True').join(', ')}]\n`);
    // In the same interpreter, the names rebound at global level persist by design; deleting them restores builtins.
    a.run('del len, print, int, object, ValueError');
    a.run(probe);
    expect(a.takeOutput()).toBe(`[${new Array(17).fill('True').join(', ')}]\n`);
  });

  it('user classes and function attributes are per interpreter', () => {
    const src = `
class K:
    count = 0
K.count += 1
def fn(): pass
fn.calls = getattr(fn, 'calls', 0) + 1
print(K.count, fn.calls)
`;
    const a = new Interpreter();
    const b = new Interpreter();
    a.run(src);
    a.run(src);
    b.run(src);
    expect(a.takeOutput()).toBe('1 1\n1 1\n');
    expect(b.takeOutput()).toBe('1 1\n');
  });

  it('same source in two interpreters resolves globals in its own interpreter (no shared inline caches)', () => {
    const src = `
for i in range(3):
    print(who(), len('ab'), K().v if 'K' in dir_names() else '-')
class K:
    v = who()
print(K.v)
`;
    const a = new Interpreter();
    const b = new Interpreter();
    a.set('who', () => 'A');
    b.set('who', () => 'B');
    a.set('dir_names', () => []);
    b.set('dir_names', () => []);
    a.run('len = lambda x: 99');
    a.run(src);
    b.run(src);
    expect(a.takeOutput()).toBe('A 99 -\nA 99 -\nA 99 -\nA\n');
    expect(b.takeOutput()).toBe('B 2 -\nB 2 -\nB 2 -\nB\n');
  });

  it('constants of a cached program are not mutable through bytearray/list copies', () => {
    const src = `
x = b'abc'
y = bytearray(x)
y[0] = 120
y.extend(b'z')
t = (1, 2)
l = list(t)
l[0] = 9
s = 'abc'
fs = frozenset({1, 2})
print(x, t, s, fs)
`;
    const a = new Interpreter();
    const b = new Interpreter();
    a.run(src);
    b.run(src);
    expect(a.takeOutput()).toBe("b'abc' (1, 2) abc frozenset({1, 2})\n");
    expect(b.takeOutput()).toBe("b'abc' (1, 2) abc frozenset({1, 2})\n");
  });

  it('mutable literals, defaults and class attributes of a shared compiled program are per run and per interpreter', () => {
    const src = `
def f(d=[], k={}, s=set()):
    d.append(1); k[len(k)] = 1; s.add(len(s))
    return len(d), len(k), len(s)
def g():
    l = [1, 2, 3]
    m = {'a': 1}
    l.append(9); m['b'] = 2
    return l, m
class K:
    attr = [1]
K.attr.append(2)
print(f(), f(), g(), K.attr, (lambda q=[]: q.append(1) or q)())
`;
    const expected = "(1, 1, 1) (2, 2, 2) ([1, 2, 3, 9], {'a': 1, 'b': 2}) [1, 2] [1]\n";
    for (let n = 0; n < 3; n++) {
      const interp = new Interpreter();
      interp.run(src);
      interp.run(src);
      expect(interp.takeOutput()).toBe(expected + expected);
    }
  });

  it('id() values do not reveal the activity of other interpreters', () => {
    const probe = 'a = id(object())\nb = id(int)\nc = id(len)\nr = [a, b, c]';
    const first = new Interpreter();
    first.run(probe);
    const before = first.get('r');
    // Another tenant allocates many ids.
    const other = new Interpreter();
    other.run('ids = [id(object()) for _ in range(1000)]\nx = id(str), id(int), id(len)');
    const second = new Interpreter();
    second.run(probe);
    expect(second.get('r')).toEqual(before);
  });

  it("type('X', (object,), {}) builds a sandbox class; bad bases are TypeError", () => {
    const out = runOk(`
X = type('X', (object,), {'a': 1})
print(X.__mro__, X().a, type(X) is type)
for bases in [(bool,), (type(len),), (type(lambda: 0),), (type(None),), (range,), (slice,), (type([].append),),
              (int, str), (list, dict), (1,), ('x',), (len,), (X, X)]:
    try:
        type('Y', bases, {})
        print('CREATED', bases)
    except TypeError:
        pass
`);
    expect(out).toBe("(<class '__main__.X'>, <class 'object'>) 1 True\n");
  });

  it('type.__new__ and object.__new__ with weird arguments raise TypeError', () => {
    const exprs = [
      'type.__new__()', 'type.__new__(type)', 'type.__new__(type, "X")', 'type.__new__(type, "X", ())',
      'type.__new__(1, "X", (), {})', 'type.__new__(type, 1, (), {})', 'type.__new__(type, "X", [], {})',
      'type.__new__(type, "X", (), [])', 'type.__new__(type, "X", (1,), {})', 'type.__new__(int, "X", (), {})',
      'type.__new__(list, "X", (), {})', 'type.__new__(object, "X", (), {})', 'type.__new__(ValueError, "X", (), {})',
      'type.__new__(type(lambda: 0), "X", (), {})', 'type.__new__(type([].append), "X", (), {})',
      'type.__new__(C, "X", (), {})', 'object.__new__()', 'object.__new__(1)', 'object.__new__(int)', 'object.__new__(list)',
      'object.__new__(ValueError)', 'object.__new__(type)', 'object.__new__(type(len))', 'int.__new__(bool, 5)',
      'int.__new__(list)', 'ValueError.__new__(KeyError)', 'ValueError.__new__(C)', 'str.__new__(int)',
      'tuple.__new__(list)', 'type.__call__(1)', 'type.__init__(1)', 'type.mro(1)', 'type.__subclasses__(1)',
    ];
    const problems: string[] = [];
    for (const e of exprs) {
      const r = runScript(`class C: pass
try:
    v = ${e}
    print('CREATED', type(v).__name__)
except TypeError as e:
    pass
`);
      if (r.error !== undefined || r.out !== '') problems.push(`${e}: ${r.out.trim()} ${r.error === undefined ? '' : describeError(r.error)}`);
    }
    expect(problems).toEqual([]);
  });

  it('a class whose metaclass is not a type cannot be built (no type confusion through type.__new__)', () => {
    const r = runScript(`
M = type([].append)
try:
    X = type.__new__(M, 'X', (), {})
except TypeError:
    X = None
if X is not None:
    s = [X.__self__, X.__func__]
    print(s)
`);
    expect(describeError(r.error)).toBe('no error');
    expect(r.out).toBe('');
  });

  it('a metaclass cannot also have a builtin instance layout (class M(type, list) is a lay-out conflict)', () => {
    const problems: string[] = [];
    for (const base of ['int', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set', 'frozenset', 'float',
      'ValueError', 'property', 'classmethod', 'staticmethod', 'super']) {
      // If the metaclass can be built, classes made with it must not be usable as instances of the base.
      const r = runScript(`
try:
    class M(type, ${base}): pass
except TypeError:
    M = None
if M is not None:
    class X(metaclass=M): pass
    print('BUILT', isinstance(X, ${base}))
    for name in sorted(set(dir(${base})) - set(dir(type))):
        for args in [(), ('a',), (1,)]:
            try:
                getattr(${base}, name)(X, *args)
            except Exception:
                pass
`);
      if (r.error !== undefined || r.out !== '') problems.push(`${base}: ${r.out.trim()} ${r.error === undefined ? '' : describeError(r.error)}`);
    }
    expect(problems).toEqual([]);
  });

  it('int.__new__(bool, n) cannot build a bool that is not True/False', () => {
    const r = runScript(`
try:
    b = int.__new__(bool, 5)
    print('BUILT', type(b).__name__, repr(b), b is True, b == True)
except TypeError:
    pass
`);
    expect(describeError(r.error)).toBe('no error');
    expect(r.out).toBe('');
  });
});

describe('7. no ambient capability', () => {
  const absent = ['eval', 'exec', 'compile', 'open', 'input', '__import__', 'breakpoint', 'globals', 'locals',
    'exit', 'quit', 'memoryview', '__build_class__', '__loader__', '__spec__', '__file__', '__builtins__', 'copyright',
    'credits', 'license', 'Function', 'process', 'require', 'globalThis', 'module', 'exports', 'this', 'window', 'self',
    'console', 'setTimeout', 'queueMicrotask', 'Promise', 'Reflect', 'Proxy', 'WebAssembly', 'Buffer', 'fetch',
    'import_module', '__dict__', '__class__'];
  for (const name of absent) {
    it(`${name} is a NameError`, () => {
      const out = runOk(`try:\n    v = ${name}\n    print('BOUND', type(v).__name__)\nexcept NameError as e:\n    print(type(e).__name__, e)\n`);
      expect(out).toBe(`NameError name '${name}' is not defined\n`);
    });
  }

  // Capability modules exist only when a host registers them; the pure stdlib (json, math, io...) is always there.
  const modules = ['os', 'sys', 'builtins', 'importlib', 'subprocess', 'gc', 'inspect', 'types', 'ctypes', 'posix',
    '_io', '__main__', 'os.path', 'child_process', 'fs', 'process', 'vm', 'pathlib', 'glob', 'shutil', 'requests',
    'socket', 'urllib.request', 'http', 'logging', 'yaml', 'secrets', 'tomllib'];
  for (const m of modules) {
    it(`import ${m} raises ModuleNotFoundError`, () => {
      const r = runScript(`import ${m}`);
      expect(r.error).toBeInstanceOf(ScriptError);
      expect((r.error as ScriptError).pyType).toBe('ModuleNotFoundError');
      expectNoLeak(String((r.error as ScriptError).report));
    });
  }

  it('from-imports, relative imports and __import__ fail without reaching the host', () => {
    const out = runOk(`
for stmt in ['from os import path', 'from . import x', 'from .. import y', 'from __main__ import x', 'from sys import modules']:
    pass
try:
    from os import path
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import modules
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('os')
except NameError as e:
    print(type(e).__name__, e)
try:
    getattr(__builtins__, 'open')
except NameError as e:
    print(type(e).__name__, e)
try:
    vars()
except TypeError as e:
    print('TypeError')
try:
    dir()
except TypeError as e:
    print('TypeError')
`);
    expect(out).toBe([
      "ModuleNotFoundError No module named 'os'", 'ImportError attempted relative import with no known parent package',
      "ModuleNotFoundError No module named 'sys'", "NameError name '__import__' is not defined",
      "NameError name '__builtins__' is not defined", 'TypeError', 'TypeError', '',
    ].join('\n'));
  });

  it('module objects created by scripts are inert', () => {
    const r = runScript(`
M = type(type.__dict__['__mro__'])
mod = type(lambda: 0)
try:
    ModuleType = type(__builtins__)
except NameError:
    ModuleType = None
print(ModuleType)
`);
    expect(describeError(r.error)).toBe('no error');
    expect(r.out).toBe('None\n');
  });
});

describe('3b/7. conformance corpus and prototype canary', () => {
  it('runs the whole conformance corpus (test/conformance/*.py) without any non-Python failure', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'conformance');
    const problems: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
      let out = '';
      const interp = new Interpreter({ output: (t) => { out += t; }, limits: { timeoutMs: 30_000 } });
      try {
        interp.run(readFileSync(join(dir, file), 'utf8'), { filename: file });
      } catch (e) {
        if (!isAcceptableFailure(e)) problems.push(`${file}: ${describeError(e)}`);
        if (e instanceof ScriptError) {
          const leak = findLeak(e.report);
          if (leak) problems.push(`${file}: report ${leak}`);
        }
      }
      // Text the program itself produces (a URL parser printing file:// URLs) is not a leak: compare with CPython's output.
      const expected = existsSync(join(dir, file.replace(/\.py$/, '.out'))) ? readFileSync(join(dir, file.replace(/\.py$/, '.out')), 'utf8') : '';
      const leak = out === expected ? null : findLeak(out);
      if (leak && !/\bundefined\b|\bNaN\b|Infinity/.test(leak)) problems.push(`${file}: output ${leak}`);
    }
    expect(problems).toEqual([]);
  });

  it('no JS prototype or global was changed by anything in this file (run last)', () => {
    expect(canaryDiff(canary)).toEqual([]);
  });
});
