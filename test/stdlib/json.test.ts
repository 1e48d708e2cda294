// The json package (stdlib/json.ts): dumps/loads/dump/load, the encoder and
// decoder classes, CPython's error messages, and the sandbox's limits
// (recursion, value size, instruction budget, memory) inside the native engine.
import { describe, expect, it } from 'vitest';
import { Interpreter, ScriptError, type LimitOptions } from '../../core/index.js';
import { expectLimitThenRun, run, TRY } from './script.js';

/** Runs `src` expecting a limit of `kind`; the interpreter must stay usable. */
function expectLimit(src: string, limits: LimitOptions, kind: string): void {
  expectLimitThenRun(src, limits, kind, 'import json\nprint(json.dumps([1]))', '[1]\n');
}

describe('json.dumps', () => {
  it('serializes every JSON type with CPython formatting', () => {
    expect(run(`
import json
print(json.dumps({"s": "x", "i": -3, "big": 2**70, "f": 0.1, "e": 1e16, "neg0": -0.0, "t": True, "f2": False, "n": None}))
print(json.dumps([(1, 2), [], {}, "é😀\\x7f\\n\\"\\\\"]))
print(json.dumps("é😀", ensure_ascii=False), json.dumps(float("nan")), json.dumps([float("inf"), float("-inf")]))
`)).toBe(
      '{"s": "x", "i": -3, "big": 1180591620717411303424, "f": 0.1, "e": 1e+16, "neg0": -0.0, "t": true, "f2": false, "n": null}\n' +
      '[[1, 2], [], {}, "\\u00e9\\ud83d\\ude00\\u007f\\n\\"\\\\"]\n' +
      '"é😀" NaN [Infinity, -Infinity]\n');
  });

  it('supports indent, separators, sort_keys and skipkeys', () => {
    expect(run(`
import json
d = {"b": [1, {"c": []}], "a": {}}
print(json.dumps(d, indent=2))
print(json.dumps(d, indent="--", sort_keys=True, separators=(";", "=")))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps({(1,): 1, "k": 2, 3: 4}, skipkeys=True))
print(repr(json.dumps({(1,): 1}, skipkeys=True, indent=2)))
`)).toBe('{\n  "b": [\n    1,\n    {\n      "c": []\n    }\n  ],\n  "a": {}\n}\n' +
      '{\n--"a"={};\n--"b"=[\n----1;\n----{\n------"c"=[]\n----}\n--]\n}\n' +
      '{"b":[1,{"c":[]}],"a":{}}\n' +
      '{"k": 2, "3": 4}\n' +
      "'{\\n  \\n}'\n");
  });

  it('converts keys and honours subclasses like CPython', () => {
    expect(run(`
import json
class I(int):
    def __repr__(self): return "no"
class F(float):
    def __repr__(self): return "no"
class D(dict):
    def items(self): return [("z", 1)]
class L(list):
    def __iter__(self): return iter([9])
print(json.dumps({True: 1, None: 2, 1.5: 3, 4: 4, I(5): F(0.5)}))
print(json.dumps([D(a=1), L([1, 2]), D()]))
`)).toBe('{"true": 1, "null": 2, "1.5": 3, "4": 4, "5": 0.5}\n[{"z": 1}, [9], {}]\n');
  });

  it('uses default= and JSONEncoder subclasses (cls=)', () => {
    expect(run(`
import json
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps(range(3), default=list))
print(json.JSONEncoder(indent=1).encode([1]), json.JSONEncoder().encode("é"))
`)).toBe('{"s": [1, 3]} [0, 1, 2]\n[\n 1\n] "\\u00e9"\n');
  });

  it('raises CPython\'s errors', () => {
    expect(run(`${TRY}
import json
attempt(json.dumps, object())
attempt(json.dumps, {(1, 2): 3})
attempt(json.dumps, {1: 1, "a": 2}, sort_keys=True)
attempt(json.dumps, float("nan"), allow_nan=False)
attempt(json.dumps, [float("inf")], allow_nan=False, indent=1)
loop = []
loop.append(loop)
attempt(json.dumps, loop)
attempt(json.dumps, object(), default=lambda o: o)
attempt(json.dumps, 10 ** 5000)
attempt(json.dumps, [1], indent=2.5)
attempt(json.dumps, 1, 2)
attempt(json.dumps, 1, bogus=1)
attempt(json.dumps, {"a": 1}, separators=(1, 2))
`)).toBe([
      'TypeError: Object of type object is not JSON serializable',
      'TypeError: keys must be str, int, float, bool or None, not tuple',
      "TypeError: '<' not supported between instances of 'str' and 'int'",
      'ValueError: Out of range float values are not JSON compliant',
      'ValueError: Out of range float values are not JSON compliant: inf',
      'ValueError: Circular reference detected',
      'ValueError: Circular reference detected',
      'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
      "TypeError: can't multiply sequence by non-int of type 'float'",
      'TypeError: dumps() takes 1 positional argument but 2 were given',
      "TypeError: JSONEncoder.__init__() got an unexpected keyword argument 'bogus'",
      'TypeError: make_encoder() argument 5 must be str, not int',
    ].join('\n') + '\n');
  });
});

describe('json.loads', () => {
  it('parses values, numbers and strings', () => {
    expect(run(`
import json
print(json.loads('  {"a": [1, 2.5, -0, 1e2, true, false, null], "b": "\\\\u00e9\\\\ud83d\\\\ude00\\\\n"}  '))
print(json.loads("123456789012345678901234567890"), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(b'[1]'), json.loads('["x"]'.encode("utf-16")), json.loads(bytearray(b'"y"')))
`)).toBe("{'a': [1, 2.5, 0, 100.0, True, False, None], 'b': 'é😀\\n'}\n" +
      '123456789012345678901234567890 [nan, inf, -inf]\n[1] [\'x\'] y\n');
  });

  it('calls the hooks', () => {
    expect(run(`
import json
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads("[1, 2.5, NaN]", parse_int=str, parse_float=lambda s: "F" + s, parse_constant=str))
print(repr(json.loads('"a\\tb"', strict=False)))
class TupleDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=tuple, **kw)
print(json.loads('{"a": {"b": 1}}', cls=TupleDecoder))
print(json.JSONDecoder().raw_decode('[1] rest'), json.JSONDecoder().raw_decode('ab"c"', 2))
`)).toBe("['a', 'b']\n[('b', 1), ('b', 2)]\n['1', 'F2.5', 'NaN']\n'a\\tb'\n(('a', (('b', 1),)),)\n([1], 3) ('c', 5)\n");
  });

  it('reports JSONDecodeError with CPython\'s messages and positions', () => {
    expect(run(`${TRY}
import json
for doc in ["", "[1,]", '{"a":1,}', '{"a" 1}', '[1 2]', "1 2", '"abc', '"\\\\x"', '"\\\\u12"', '"a\\nb"',
            "\\ufeff[]", '\\n\\n  [1,\\n  2 x]', '["😀", x]']:
    attempt(json.loads, doc)
try:
    json.loads("[1, x]")
except ValueError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, repr(e.doc), type(e).__module__)
attempt(json.loads, 5)
attempt(json.JSONDecoder().raw_decode, "[1]", -1)
`)).toBe([
      'JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
      'JSONDecodeError: Expecting value: line 1 column 4 (char 3)',
      'JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 8 (char 7)',
      "JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)",
      "JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3)",
      'JSONDecodeError: Extra data: line 1 column 3 (char 2)',
      'JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)',
      'JSONDecodeError: Invalid \\escape: line 1 column 2 (char 1)',
      'JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)',
      'JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)',
      'JSONDecodeError: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)',
      "JSONDecodeError: Expecting ',' delimiter: line 4 column 5 (char 12)",
      'JSONDecodeError: Expecting value: line 1 column 7 (char 6)',
      "JSONDecodeError Expecting value 4 1 5 '[1, x]' json.decoder",
      'TypeError: the JSON object must be str, bytes or bytearray, not int',
      'ValueError: idx cannot be negative',
    ].join('\n') + '\n');
  });
});

describe('json.dump / json.load', () => {
  it('write to and read from file-like objects', () => {
    expect(run(`
import json, io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
class Source:
    def read(self): return "[true]"
print(json.load(Source(), object_hook=dict))
`)).toBe('{\n "k": [\n  1,\n  2\n ]\n}\n{\'k\': [1, 2]}\n[True]\n');
  });
});

describe('json and the sandbox limits', () => {
  it('turns deep nesting into a catchable RecursionError (no JS stack overflow)', () => {
    expect(run(`${TRY}
import json
attempt(json.loads, "[" * 100000)
attempt(json.loads, '{"a":' * 100000)
x = []
for _ in range(5000):
    x = [x]
attempt(json.dumps, x)
attempt(json.dumps, x, indent=1)
loop = []
loop.append(loop)
attempt(json.dumps, loop, check_circular=False)
print(len(json.dumps(json.loads("[" * 400 + "]" * 400))))
`)).toBe([
      'RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string',
      'RecursionError: maximum recursion depth exceeded while decoding a JSON object from a unicode string',
      'RecursionError: maximum recursion depth exceeded while encoding a JSON object',
      'RecursionError: maximum recursion depth exceeded while calling a Python object',
      'RecursionError: maximum recursion depth exceeded while encoding a JSON object',
      '800',
    ].join('\n') + '\n');
  });

  it('nests as deep as a large maxDepth allows without overflowing the JS stack', () => {
    expect(run(`
import json
doc = "[" * 90000 + "]" * 90000
print(len(json.dumps(json.loads(doc))), len(json.dumps(json.loads(doc), indent=0)))
`, { maxDepth: 100_000 })).toBe('180000 359998\n');
  });

  it('follows the depth limit of the interpreter', () => {
    expect(run(`
import json
try:
    json.loads("[" * 60 + "]" * 60)
except RecursionError as e:
    print("deep")
print(json.loads("[" * 30 + "]" * 30) is not None)
`, { maxDepth: 50 })).toBe('deep\nTrue\n');
  });

  it('refuses output beyond the value-size limit before building it', () => {
    expectLimit('import json\njson.dumps(["x" * 1000] * 2000)', { maxValueBytes: 1_000_000 }, 'size');
    expectLimit('import json\njson.dumps([1], indent=" " * 100000)', { maxValueBytes: 100_000 }, 'size');
    expectLimit('import json\njson.dumps("\\x00" * 200000)', { maxValueBytes: 1_000_000 }, 'size');
  });

  it('charges the instruction budget per element', () => {
    expectLimit('import json\nx = [0] * 300000\njson.dumps(x)', { maxOps: 100_000 }, 'budget');
    expectLimit('import json\njson.loads("[" + "1," * 300000 + "1]")', { maxOps: 100_000 }, 'budget');
  });

  it('charges the memory account for what it builds', () => {
    expectLimit('import json\njson.loads("[" + "[]," * 300000 + "[]]")', { maxMemoryBytes: 2_000_000 }, 'memory');
  });

  it('keeps uncaught errors Python exceptions', () => {
    const interp = new Interpreter();
    let caught: unknown;
    try {
      interp.run('import json\njson.loads("{bad")');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScriptError);
    expect((caught as ScriptError).pyType).toBe('json.decoder.JSONDecodeError');
    expect((caught as ScriptError).pyMessage).toBe('Expecting property name enclosed in double quotes: line 1 column 2 (char 1)');
  });
});

describe('json module surface', () => {
  it('documents its functions and exposes the submodules', () => {
    expect(run(`
import json, _json
print(json.__all__)
print(bool(json.dumps.__doc__), bool(json.loads.__doc__), bool(json.JSONEncoder.__doc__), bool(_json.encode.__doc__))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.decoder.scanstring('"ab" x', 1), json.encoder.encode_basestring_ascii("é"))
print(json.detect_encoding(b"\\x00\\x00\\x00["), json.detect_encoding(b"[\\x00"))
`)).toBe("['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']\n" +
      'True True True True\nTrue True\n(\'ab\', 4) "\\u00e9"\nutf-32-be utf-16-le\n');
  });
});
