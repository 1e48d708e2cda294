/**
 * `shutil` (copy, copy2, copyfile, copyfileobj, copytree, rmtree, move,
 * ignore_patterns), written in Python on top of the confined `os` and
 * `open`: copies are ordinary reads and writes, so they are confined, counted
 * against the write budget and refused in read-only roots like any other
 * write. Differences from CPython: permission bits are not copied (there is no
 * chmod), symlinks are never created (`copytree(symlinks=True)` copies the
 * link's target instead), and `move` across roots falls back to copy+delete.
 */
import type { SourceModuleDef } from '../core/modules.js';
import { fnmatchcaseNative } from './fs-pathlib.js';

const SHUTIL_SOURCE = String.raw`"""High-level file operations (copying, moving, removing trees) under the registered roots."""
import os

__all__ = ['copyfileobj', 'copyfile', 'copy', 'copy2', 'copystat', 'copymode', 'copytree', 'rmtree',
           'move', 'ignore_patterns', 'Error', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from one file object to another, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        src = src.path
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst; return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Permission bits are not copied in the sandbox (there is no chmod)."""
    os.stat(src)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the access and modification times of src to dst."""
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))


def copy(src, dst, *, follow_symlinks=True):
    """Copy a file to dst (a file or a directory); return the file created."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), and also copies the modification times."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree that skips names matching any of the patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for name in names:
            for pattern in patterns:
                if _fnmatchcase(name, pattern):
                    ignored.append(name)
                    break
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree; return dst."""
    with os.scandir(src) as itr:
        entries = list(itr)
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink() and not os.path.exists(srcname):
                if ignore_dangling_symlinks:
                    continue
            if entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree (symlinks are removed, never followed)."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise args[2][1]
    try:
        st = os.lstat(path)
    except OSError as e:
        onerror(os.lstat, path, (type(e), e, None))
        return
    if st.st_mode & 0o170000 == 0o120000:
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as e:
            onerror(os.path.islink, path, (type(e), e, None))
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as e:
        onerror(os.scandir, path, (type(e), e, None))
        entries = []
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError as e:
                onerror(os.unlink, fullname, (type(e), e, None))
    try:
        os.rmdir(path)
    except OSError as e:
        onerror(os.rmdir, path, (type(e), e, None))


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip('/'))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith('/'):
        src += '/'
    if not dst.endswith('/'):
        dst += '/'
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (a rename when possible, else copy and delete); return the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst
`;

export function shutilModule(): SourceModuleDef {
  return {
    name: 'shutil',
    summary: 'High-level file operations: copy, copytree, move, rmtree.',
    source: SHUTIL_SOURCE,
    natives: () => ({ _fnmatchcase: fnmatchcaseNative() }),
  };
}
