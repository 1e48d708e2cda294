// The `sys` and `env` extended libraries: what they show, what they refuse,
// and that nothing of the host leaks through them.
import { describe, expect, it } from 'vitest';
import { Interpreter, RegistrationError, Registry, ScriptError } from '../../core/index.js';

function run(reg: Registry, src: string): string {
  const interp = new Interpreter({ libraries: reg });
  interp.run(src);
  return interp.takeOutput();
}

describe('sys', () => {
  const reg = () => new Registry({ policy: { allowCritical: ['sys'] } });

  it('is critical: refused unless the policy names it', () => {
    expect(() => new Registry().use('sys')).toThrow(RegistrationError);
    expect(() => new Registry().use('sys')).toThrow(/critical risk tier 'system'/);
  });

  it('shows argv, fixed version facts and writes to the host output', () => {
    const out = run(reg().use('sys', { argv: ['job.py', '--fast'] }), `
import sys
print(sys.argv, sys.platform, sys.maxsize, sys.byteorder)
print(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2])
print(repr(sys.version_info))
n = sys.stdout.write('written\\n')
print(n, file=sys.stderr)
print(sys.getrecursionlimit() > 10)
`);
    expect(out).toBe("['job.py', '--fast'] sandling 9223372036854775807 little\nTrue 3 (3, 11)\n"
      + "sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)\nwritten\n8\nTrue\n");
  });

  it('sys.exit raises SystemExit that scripts can catch, and ends the run otherwise', () => {
    expect(run(reg().use('sys'), 'import sys\ntry:\n    sys.exit(3)\nexcept SystemExit as e:\n    print(e.code)\n')).toBe('3\n');
    try {
      run(reg().use('sys'), 'import sys\nsys.exit("bye")');
      expect.unreachable();
    } catch (e) {
      expect((e as ScriptError).pyType).toBe('SystemExit');
      expect((e as ScriptError).pyMessage).toBe('bye');
    }
  });

  it('rejects bad options and bad writes', () => {
    expect(() => reg().use('sys', { argv: [1] })).toThrow(/options.argv.0 must be string/);
    expect(() => reg().use('sys', { stdin: true })).toThrow(/unknown key 'stdin'/);
    expect(run(reg().use('sys'), 'import sys\ntry:\n    sys.stdout.write(5)\nexcept TypeError as e:\n    print(e)\n'))
      .toBe('write() argument must be str, not int\n');
  });
});

describe('env', () => {
  it('shows only the listed variables, as a copy', () => {
    process.env.SANDLING_TEST_VISIBLE = 'yes';
    process.env.SANDLING_TEST_HIDDEN = 'secret';
    const out = run(new Registry().use('env', { allow: ['SANDLING_TEST_VISIBLE', 'SANDLING_TEST_UNSET'], values: { MODE: 'ci' } }), `
import os
print(sorted(os.environ.items()))
print(os.getenv('SANDLING_TEST_VISIBLE'), os.getenv('SANDLING_TEST_HIDDEN'), os.getenv('SANDLING_TEST_HIDDEN', 'dflt'))
try:
    os.environ['SANDLING_TEST_HIDDEN']
except KeyError as e:
    print('KeyError', e)
os.environ['SANDLING_TEST_VISIBLE'] = 'changed'
`);
    expect(out).toBe("[('MODE', 'ci'), ('SANDLING_TEST_VISIBLE', 'yes')]\nyes None dflt\nKeyError 'SANDLING_TEST_HIDDEN'\n");
    expect(process.env.SANDLING_TEST_VISIBLE).toBe('yes');
  });

  it('needs an explicit list and valid names', () => {
    expect(() => new Registry().use('env', {})).toThrow(RegistrationError);
    expect(() => new Registry().use('env', { allow: [] })).toThrow(RegistrationError);
    expect(() => new Registry().use('env', { allow: ['A=B'] })).toThrow(/must match pattern/);
    expect(() => new Registry({ policy: { maxTier: 'pure' } }).use('env', { allow: ['HOME'] })).toThrow(/tier 'read'/);
  });

  it('does not give os its other functions', () => {
    expect(run(new Registry().use('env', { allow: ['HOME'] }), "import os\nprint(hasattr(os, 'listdir'), hasattr(os, 'system'))\n"))
      .toBe('False False\n');
  });
});
