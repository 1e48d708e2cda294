// The platform module (stdlib/platform.ts): fixed answers that never describe
// the host, with CPython's function names, signatures and result shapes.
import { describe, expect, it } from 'vitest';
import { ScriptError } from '../../core/index.js';
import { run } from './script.js';

const py = String.raw;

describe('platform', () => {
  it('reports Sandling and Python 3.11.0, and discloses nothing about the host', () => {
    expect(run(py`
import platform
print(platform.system(), platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(repr(platform.machine()), repr(platform.node()), repr(platform.release()), repr(platform.version()), repr(platform.processor()))
print(platform.platform(), platform.platform(aliased=True, terse=True), platform.architecture(), platform.python_build())
print(repr(platform.python_compiler()), repr(platform.python_branch()), repr(platform.python_revision()))
`)).toBe(
      "Sandling Sandling 3.11.0 ('3', '11', '0')\n" +
      "'' '' '' '' ''\n" +
      "Sandling Sandling ('64bit', '') ('main', '')\n" +
      "'' '' ''\n");
  });

  it('uname() is a uname_result with a sixth processor item, like CPython', () => {
    expect(run(py`
import platform
u = platform.uname()
print(u)
print(len(u), u._fields, u.system, repr(u.processor), u[5], tuple(u), isinstance(u, tuple))
system, node, release, version, machine, processor = u
print(system, platform.uname() == u)
`)).toBe(
      "uname_result(system='Sandling', node='', release='', version='', machine='')\n" +
      "6 ('system', 'node', 'release', 'version', 'machine', 'processor') Sandling ''  ('Sandling', '', '', '', '', '') True\n" +
      'Sandling True\n');
  });

  it('OS-specific queries answer with their defaults', () => {
    expect(run(py`
import platform
print(platform.libc_ver(), platform.libc_ver(lib='x', version='1'), platform.mac_ver(), platform.win32_ver(), platform.java_ver())
print(platform.win32_edition(), platform.win32_is_iot(), platform.system_alias('a', 'b', 'c'))
try:
    platform.freedesktop_os_release()
except OSError as e:
    print(type(e).__name__)
`)).toBe(
      "('', '') ('x', '1') ('', ('', '', ''), '') ('', '', '', '') ('', '', ('', '', ''), ('', '', ''))\n" +
      "None False ('a', 'b', 'c')\n" +
      'OSError\n');
  });

  it('argument errors read like CPython\'s (Python-level functions)', () => {
    let err: unknown;
    try {
      run('import platform\nplatform.system(1)');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScriptError);
    expect((err as ScriptError).pyMessage).toBe('system() takes 0 positional arguments but 1 was given');
  });

  it('every public function has a docstring', () => {
    expect(run(py`
import platform
missing = [n for n in platform.__all__ if not getattr(platform, n).__doc__]
print(missing, platform.__doc__.splitlines()[0])
`)).toBe('[] Information about the platform a script runs on.\n');
  });
});
