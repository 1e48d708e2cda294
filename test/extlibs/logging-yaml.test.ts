// The `logging` and `yaml` libraries, compared with CPython (and PyYAML where
// it is installed): same text for the same script.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Interpreter, Registry, ResourceExhausted } from '../../core/index.js';

function run(reg: Registry, src: string, limits = {}): string {
  const interp = new Interpreter({ libraries: reg, limits });
  interp.run(src);
  return interp.takeOutput();
}

/** CPython's output with stderr sent to stdout (logging writes to stderr there, to the output sink here). */
function cpython(src: string): string {
  const wrapper = 'import sys\nsys.stderr = sys.stdout\nexec(compile(sys.stdin.read(), "<string>", "exec"))';
  const r = spawnSync('python3', ['-u', '-c', wrapper], { encoding: 'utf8', input: src });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;

describe('logging', () => {
  it('root logger defaults, levels and basicConfig match CPython', () => {
    const src = `
import logging
logging.warning('watch out %s', 'now')
logging.info('not shown')
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s|%(name)s|%(message)s', force=True)
log = logging.getLogger('app.db')
log.debug('connect %d', 3)
log.info('dict %(a)s', {'a': 1})
logging.getLogger('app').setLevel(logging.ERROR)
log.warning('suppressed by parent level')
log.error('shown')
print(log.getEffectiveLevel(), logging.getLevelName(40), logging.getLevelName('INFO'), logging.getLevelName(5))
print(log.parent.name, log.parent.parent is logging.getLogger(), logging.getLogger('app.db') is log)
print(repr(log), repr(logging.getLogger()))
`;
    expect(run(new Registry().use('logging'), src)).toBe(cpython(src));
  });

  it('handlers, formatters in three styles, filters, adapters and propagation', () => {
    const src = `
import logging
class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []
    def emit(self, record):
        self.lines.append(self.format(record))
h = Collect()
h.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
log = logging.getLogger('svc')
log.propagate = False
log.addHandler(h)
log.setLevel('INFO')
log.info('one')
log.addFilter(lambda r: 'skip' not in r.getMessage())
log.info('skip me')
log.warning('two %s', 'x')
h2 = Collect()
h2.setFormatter(logging.Formatter('$levelname/$message', style='$'))
log.addHandler(h2)
logging.LoggerAdapter(log, {'user': 'ada'}).error('three')
print(h.lines, h2.lines)
try:
    logging.Formatter('x', style='?')
except ValueError as e:
    print(e)
try:
    log.setLevel('LOUD')
except ValueError as e:
    print(e)
try:
    raise KeyError('k')
except KeyError:
    log.exception('failed')
print(h.lines[-1].splitlines()[0])
`;
    expect(run(new Registry().use('logging'), src)).toBe(cpython(src));
  });
});

describe.skipIf(!hasPyYaml)('yaml', () => {
  it('safe_load matches PyYAML for YAML 1.1 scalars, anchors and documents', () => {
    const src = `
import yaml
doc = """
a: &x [1, 2.0, yes, No, ~, 0o17, 017, 0x1f, .inf, 1_000, 'q', "dq\\\\tx", n, y]
b: *x
c: !!binary aGVsbG8=
d: {k: v, nested: [1, {z: 2}]}
e: |
  literal
  text
f: >
  folded
  text
g: 2001-12-14
"""
d = yaml.safe_load(doc)
for k in sorted(d):
    print(k, repr(d[k]))
print(d['a'] is d['b'])
print(list(yaml.safe_load_all("a: 1\\n---\\nb: 2\\n---\\n- x\\n")))
print(yaml.load('a: 1', Loader=yaml.SafeLoader))
r = yaml.safe_load('a: &a [*a]')
print(r['a'][0] is r['a'])
try:
    yaml.load('a: 1')
except TypeError as e:
    print(e)
try:
    yaml.safe_load('a: [1\\nb: {')
except yaml.YAMLError:
    print('YAMLError')
`;
    expect(run(new Registry().use('yaml'), src)).toBe(cpython(src));
  });

  it('safe_dump writes block YAML like PyYAML for plain data', () => {
    const src = `
import yaml
print(yaml.safe_dump({'b': [1, 2.5, 'x', True, None, {'c': 'd'}], 'a': 'text', 'nest': {'deep': {'er': [1, [2, 3]]}}}))
print(yaml.safe_dump([1, 2], default_flow_style=True))
print(yaml.safe_dump({'z': 1, 'a': 2}, sort_keys=False))
try:
    yaml.safe_dump({'x': object()})
except yaml.YAMLError as e:
    print('YAMLError')
`;
    expect(run(new Registry().use('yaml'), src)).toBe(cpython(src));
  });

  it('billion laughs: aliases are shared, counted, and bounded', () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lol.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const src = `import yaml\nd = yaml.safe_load(${JSON.stringify(lol.join('\n'))})\nprint(len(d['i']))\n`;
    expect(run(new Registry().use('yaml'), src)).toBe('9\n');
    expect(() => run(new Registry().use('yaml'), src + 'print(len(str(d)))\n', { maxOps: 1_000_000, maxValueBytes: 1 << 20 })).toThrow(ResourceExhausted);
    expect(run(new Registry().use('yaml', { maxAliases: 10 }), `import yaml\ntry:\n    yaml.safe_load(${JSON.stringify(lol.join('\n'))})\nexcept yaml.YAMLError as e:\n    print(e)\n`))
      .toBe('document uses more than 10 aliases\n');
  });
});
