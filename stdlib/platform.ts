/**
 * The `platform` module with fixed, non-identifying answers: scripts can ask,
 * but the values never reflect the host (its OS, name, CPU, Node.js version or
 * anything else). The "system" is Sandling itself; the implemented language
 * version is 3.11.0. Nothing here reads files, the environment or a process.
 */
import type { ModuleDef } from '../core/modules.js';

const SOURCE = String.raw`"""Information about the platform a script runs on.

In Sandling every answer is fixed: the system is 'Sandling', the Python
language version it follows is 3.11.0, and host details (node name, machine,
processor, OS release) are empty strings. They never describe the host.
"""

from _namedtuple import namedtuple as _namedtuple

__all__ = ['architecture', 'freedesktop_os_release', 'java_ver', 'libc_ver', 'mac_ver',
           'machine', 'node', 'platform', 'processor', 'python_branch', 'python_build',
           'python_compiler', 'python_implementation', 'python_revision', 'python_version',
           'python_version_tuple', 'release', 'system', 'system_alias', 'uname', 'version',
           'win32_edition', 'win32_is_iot', 'win32_ver']

_SYSTEM = 'Sandling'
_PYTHON_VERSION = ('3', '11', '0')


def architecture(executable=None, bits='', linkage=''):
    """Queries the given executable for its architecture: here always ('64bit', '')."""
    return (bits or '64bit', linkage)


def machine():
    """Returns the machine type: always '' (not disclosed)."""
    return ''


def node():
    """Returns the computer's network name: always '' (not disclosed)."""
    return ''


def processor():
    """Returns the processor name: always '' (not disclosed)."""
    return ''


def release():
    """Returns the system's release: always '' (not disclosed)."""
    return ''


def version():
    """Returns the system's release version: always '' (not disclosed)."""
    return ''


def system():
    """Returns the system/OS name: always 'Sandling'."""
    return _SYSTEM


def system_alias(system, release, version):
    """Returns (system, release, version) unchanged (no aliases are known)."""
    return system, release, version


_uname_base = _namedtuple('uname_result_base', 'system node release version machine',
                          module='platform')


class uname_result(_uname_base):
    """A uname_result: (system, node, release, version, machine), plus processor.

    As in CPython, processor is a sixth item when iterating or indexing, but
    not part of the repr.
    """
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) not in (5, 6):
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return cls(*values[:5])

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(tuple.__iter__(self)))


uname_result.__module__ = 'platform'


def uname():
    """Fairly portable uname interface: fixed values in Sandling."""
    return uname_result(system(), node(), release(), version(), machine())


def platform(aliased=False, terse=False):
    """Returns a single string identifying the platform: 'Sandling'."""
    parts = [p for p in (system(), release(), machine()) if p]
    return '-'.join(parts)


def python_implementation():
    """Returns a string identifying the Python implementation: 'Sandling'."""
    return 'Sandling'


def python_version():
    """Returns the Python version followed, as 'major.minor.patchlevel'."""
    return '.'.join(_PYTHON_VERSION)


def python_version_tuple():
    """Returns the Python version as a tuple of strings (major, minor, patchlevel)."""
    return _PYTHON_VERSION


def python_branch():
    """Returns the branch the interpreter was built from: ''."""
    return ''


def python_revision():
    """Returns the revision the interpreter was built from: ''."""
    return ''


def python_build():
    """Returns (buildno, builddate): ('main', '')."""
    return ('main', '')


def python_compiler():
    """Returns the compiler used to build the interpreter: ''."""
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Returns (lib, version): the given defaults (no C library is involved)."""
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """Returns the given defaults: Sandling is not macOS."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Returns the given defaults: Sandling is not Windows."""
    return release, version, csd, ptype


def win32_edition():
    """Returns None: Sandling is not Windows."""
    return None


def win32_is_iot():
    """Returns False: Sandling is not Windows."""
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Returns the given defaults: Sandling is not Jython."""
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    """Raises OSError: there is no os-release file to read."""
    raise OSError('Unable to read files /etc/os-release, /usr/lib/os-release')
`;

export const modules: ModuleDef[] = [
  { name: 'platform', summary: 'Platform information: fixed values that never describe the host.', source: SOURCE },
];
