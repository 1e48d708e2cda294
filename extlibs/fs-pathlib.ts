/**
 * `pathlib` (POSIX flavour), written in Python on top of the confined `os`,
 * `os.path` and `open`: every file system access goes through the same path
 * guard as the rest of the library, so this module holds no checks of its own.
 * `_fnmatchcase` (fs-match) is bound as a private global for `match` and
 * `glob`. Differences from CPython: no Windows flavour, no chmod/owner/group,
 * no symlink or hard-link creation, `home()`/`expanduser()` raise RuntimeError
 * (the sandbox has no home directory), and `exists()`/`is_*()` are False for
 * paths the guard refuses.
 */
import type { SourceModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { typeError } from '../core/runtime/exceptions.js';
import { typeName } from '../core/runtime/ops.js';
import { matchName } from './fs-match.js';

/** `fnmatch.fnmatchcase(name, pattern)` for the Python-source modules of the library. */
export function fnmatchcaseNative() {
  return nativeFunction('fnmatch', 'fnmatchcase', ['name', 'pat'], (_rt, [name, pat]) => {
    if (typeof name !== 'string' || typeof pat !== 'string') {
      throw typeError(`expected str, not ${typeName(typeof name !== 'string' ? name : pat)}`);
    }
    return matchName(name, pat);
  }, 'Whether a name matches a shell-style pattern (case-sensitive).');
}

const PATHLIB_SOURCE = String.raw`"""Object-oriented filesystem paths (POSIX), confined to the registered roots."""
import os

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _split_args(args):
    """The (root, parts) of joined path arguments; root is '', '/' or '//'."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = []
            parts.extend(a._parts)
            continue
        s = os.fspath(a)
        if not isinstance(s, str):
            raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r" % type(s))
        if s.startswith('/'):
            root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            parts = []
        parts.extend(p for p in s.split('/') if p and p != '.')
    return root, parts


def _ignorable(e):
    # The guard's refusals count as "not there": paths outside the roots reveal nothing.
    return isinstance(e, (FileNotFoundError, NotADirectoryError, PermissionError)) or getattr(e, 'errno', None) in (9, 40)


class _PathParents:
    """The logical ancestors of a path, as a sequence."""
    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        p = self._path
        return p._from_parts(p._root, p._parts[:n - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without file system access."""
    __slots__ = ('_root', '_parts', '_text', '_hashed')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, parts = _split_args(args)
        return cls._from_parts(root, parts)

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._text = None
        self._hashed = None
        return self

    def _child(self, name):
        return self._from_parts(self._root, self._parts + [name])

    def __str__(self):
        if self._text is None:
            self._text = (self._root + '/'.join(self._parts)) or '.'
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8')

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote
        return 'file://' + quote(str(self))

    def _key(self):
        return ([self._root] if self._root else []) + self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hashed is None:
            self._hashed = hash(tuple(self._key()))
        return self._hashed

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _split_args((name,))
        if not name or name[-1] == '/' or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to = self._from_args(other)
        mine = self._key()
        theirs = to._key()
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), str(to)))
        return self._from_parts('', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat_parts = _split_args((path_pattern,))
        if not pat_parts and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._parts
        if root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


class Path(PurePath):
    """A path on the (confined) file system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        raise RuntimeError("Could not determine home directory.")

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        return self._from_args((os.path.realpath(self, strict=strict),))

    def expanduser(self):
        if not self._root and self._parts and self._parts[0][:1] == '~':
            raise RuntimeError("Could not determine home directory.")
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode_is(self, kind, follow=True):
        try:
            mode = os.stat(self, follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignorable(e):
                raise
            return False
        except ValueError:
            return False
        return mode & _S_IFMT == kind

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignorable(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return self._mode_is(_S_IFDIR)

    def is_file(self):
        return self._mode_is(_S_IFREG)

    def is_symlink(self):
        return self._mode_is(_S_IFLNK, False)

    def is_mount(self):
        return False

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def samefile(self, other_path):
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else type(self)(other_path).stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def readlink(self):
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        open(self, 'a' if exist_ok else 'x').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def glob(self, pattern):
        """Paths under this directory matching a relative pattern (** = this directory and all below)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _split_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == '/':
            parts.append('')
        yield from _select(self, parts)

    def rglob(self, pattern):
        """glob('**/' + pattern): matches at any depth."""
        root, parts = _split_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            parts.append('')
        yield from _select(self, ['**'] + parts)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX file system."""
    __slots__ = ()


def _entries(path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except PermissionError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as e:
        if not _ignorable(e):
            raise
        return False


def _select(start, parts):
    """The pattern selectors of Path.glob, as one recursive generator."""
    if not start.is_dir():
        return
    yield from _select_from(start, parts)


def _select_from(path, parts):
    if not parts or not parts[0]:
        yield path
        return
    pat, rest = parts[0], parts[1:]
    dironly = bool(rest)
    if pat == '**':
        seen = set()
        for d in _walk_dirs(path):
            for p in _select_from(d, rest):
                if p not in seen:
                    seen.add(p)
                    yield p
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif '*' in pat or '?' in pat or '[' in pat:
        for entry in _entries(path):
            if dironly and not _entry_is_dir(entry):
                continue
            if _fnmatchcase(entry.name, pat):
                yield from _select_from(path._child(entry.name), rest)
    else:
        child = path._child(pat)
        if child.is_dir() if dironly else child.exists():
            yield from _select_from(child, rest)


def _walk_dirs(path):
    """This directory and every directory below it; symlinked directories are not entered."""
    yield path
    for entry in _entries(path):
        if _entry_is_dir(entry) and not entry.is_symlink():
            yield from _walk_dirs(path._child(entry.name))
`;

export function pathlibModule(): SourceModuleDef {
  return {
    name: 'pathlib',
    summary: 'Object-oriented paths (PurePath, Path) on the confined file system.',
    source: PATHLIB_SOURCE,
    natives: () => ({ _fnmatchcase: fnmatchcaseNative() }),
  };
}
