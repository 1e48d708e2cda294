/**
 * The file system part of `os` and `os.path` (posixpath), confined to the
 * registered roots. Paths come back exactly as the script spelled them
 * (`os.path.join(top, name)`), so results never reveal a host path the script
 * did not write; only `getcwd`/`abspath`/`realpath` return host paths, and only
 * inside a root.
 *
 * `os` is a native module so another library (env) can add its attributes.
 * Absent on purpose: symlink/link creation, chmod/chown, file descriptors
 * (os.open/read/write), process and environment functions.
 */
import type { NativeModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { PyModule } from '../core/runtime/module.js';
import { PyObject, type Value } from '../core/runtime/object.js';
import { None, TupleType, builtinType } from '../core/runtime/types.js';
import { PyFloat, PyList, PyTuple, tuple } from '../core/runtime/values.js';
import {
  FileExistsErrorType, OSErrorType, ValueErrorType, isInstanceOfExc, typeError, valueError,
} from '../core/runtime/exceptions.js';
import { PyBuiltin, defineGetSets, defineMethods } from '../core/runtime/function.js';
import { argSpec, parseArgs } from '../core/runtime/args.js';
import { repr, truthy, typeName } from '../core/runtime/ops.js';
import { callValue } from '../core/runtime/call.js';
import { PyIterator, DONE, toArray, type Next } from '../core/runtime/iter.js';
import { defineIteratorType } from '../core/runtime/methods/iterators.js';
import { normBig } from '../core/runtime/int.js';
import { toFloatValue } from '../core/runtime/methods/numbers.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { fspath, isOSError, type FileSystem, type ListedEntry } from './fs-core.js';
import type { EntryStat } from './fs-store.js';

// ------------------------------------------------------------------ stat_result

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'] as const;

export const StatResultType = builtinType('stat_result', TupleType, { module: 'os', subclassable: false });
StatResultType.tpName = 'os.stat_result';

/** `os.stat_result`: a 10-tuple (integer times) with float `st_*time` and `st_*time_ns` attributes. */
class PyStatResult extends PyTuple {
  constructor(items: Value[], readonly st: EntryStat) {
    super(items);
    this.cls = StatResultType;
  }
}

/** Seconds as CPython computes them: sec + nsec * 1e-9. */
function seconds(ns: bigint): number {
  const sec = ns / 1_000_000_000n;
  return Number(sec) + Number(ns - sec * 1_000_000_000n) * 1e-9;
}

function statResult(st: EntryStat): PyStatResult {
  const whole = (ns: bigint) => normBig(ns / 1_000_000_000n);
  return new PyStatResult([
    st.mode, normBig(st.ino), normBig(st.dev), st.nlink, st.uid, st.gid, st.size,
    whole(st.atimeNs), whole(st.mtimeNs), whole(st.ctimeNs),
  ], st);
}

defineGetSets(StatResultType, {
  ...Object.fromEntries(STAT_FIELDS.slice(0, 7).map((name, i) => [name, (_rt: Runtime, s: Value) => (s as PyStatResult).items[i]])),
  st_atime: (_rt, s) => new PyFloat(seconds((s as PyStatResult).st.atimeNs)),
  st_mtime: (_rt, s) => new PyFloat(seconds((s as PyStatResult).st.mtimeNs)),
  st_ctime: (_rt, s) => new PyFloat(seconds((s as PyStatResult).st.ctimeNs)),
  st_atime_ns: (_rt, s) => normBig((s as PyStatResult).st.atimeNs),
  st_mtime_ns: (_rt, s) => normBig((s as PyStatResult).st.mtimeNs),
  st_ctime_ns: (_rt, s) => normBig((s as PyStatResult).st.ctimeNs),
  st_blksize: () => 4096,
});
defineMethods(StatResultType, {
  __repr__(rt, args) {
    const items = (args[0] as PyStatResult).items;
    return `os.stat_result(${STAT_FIELDS.map((n, i) => `${n}=${repr(rt, items[i])}`).join(', ')})`;
  },
});


// ------------------------------------------------------------------ DirEntry and scandir

export const DirEntryType = builtinType('DirEntry', undefined, { module: 'posix', subclassable: false });
const ScandirIteratorType = builtinType('ScandirIterator', undefined, { module: 'posix', subclassable: false });

class PyDirEntry extends PyObject {
  constructor(readonly fs: FileSystem, readonly listed: ListedEntry, readonly path: string) {
    super();
    this.cls = DirEntryType;
  }
}

const followSpec = (name: string) => argSpec(name, ['*', 'follow_symlinks?']);

function followFlag(rt: Runtime, v: Value | undefined): boolean {
  return v === undefined || truthy(rt, v);
}

function entryKind(e: PyDirEntry, follow: boolean) {
  return follow ? e.fs.followedKind(e.listed.entry) : e.listed.entry.kind;
}

defineMethods(DirEntryType, {
  is_dir(rt, args, kwnames) {
    const [follow] = parseArgs(followSpec('is_dir'), args, kwnames, 1);
    return entryKind(args[0] as PyDirEntry, followFlag(rt, follow)) === 'dir';
  },
  is_file(rt, args, kwnames) {
    const [follow] = parseArgs(followSpec('is_file'), args, kwnames, 1);
    return entryKind(args[0] as PyDirEntry, followFlag(rt, follow)) === 'file';
  },
  is_symlink(_rt, args, kwnames) {
    parseArgs(argSpec('is_symlink', []), args, kwnames, 1);
    return (args[0] as PyDirEntry).listed.entry.kind === 'symlink';
  },
  stat(rt, args, kwnames) {
    const [follow] = parseArgs(followSpec('stat'), args, kwnames, 1);
    const e = args[0] as PyDirEntry;
    return statResult(e.fs.stat(rt, e.path, followFlag(rt, follow)));
  },
  inode(rt, args, kwnames) {
    parseArgs(argSpec('inode', []), args, kwnames, 1);
    const e = args[0] as PyDirEntry;
    return normBig(e.fs.stat(rt, e.path, false).ino);
  },
  __fspath__(_rt, args) {
    return (args[0] as PyDirEntry).path;
  },
  __repr__(rt, args) {
    return `<DirEntry ${repr(rt, (args[0] as PyDirEntry).listed.name)}>`;
  },
});
defineGetSets(DirEntryType, {
  name: (_rt, s) => (s as PyDirEntry).listed.name,
  path: (_rt, s) => (s as PyDirEntry).path,
});

/** `os.scandir()`'s iterator (also a context manager). The listing is taken when it is created. */
class ScandirIterator extends PyIterator {
  private i = 0;
  constructor(private readonly entries: PyDirEntry[]) {
    super();
    this.cls = ScandirIteratorType;
  }
  next(rt: Runtime): Next {
    rt.charge(1);
    return this.i < this.entries.length ? this.entries[this.i++] : DONE;
  }
  close(): void {
    this.i = this.entries.length;
  }
}
defineIteratorType(ScandirIteratorType);
defineMethods(ScandirIteratorType, {
  __enter__: (_rt, args) => args[0],
  __exit__(_rt, args) {
    (args[0] as ScandirIterator).close();
    return None;
  },
  close(_rt, args) {
    (args[0] as ScandirIterator).close();
    return None;
  },
});

// ------------------------------------------------------------------ generators written in JS

const WalkGeneratorType = builtinType('generator', undefined, { module: 'os', subclassable: false });

/** A native generator: a JS generator function seen by scripts as a Python generator. */
class NativeGenerator extends PyIterator {
  constructor(private readonly gen: Generator<Value, void, void>, readonly qualname: string) {
    super();
    this.cls = WalkGeneratorType;
  }
  next(rt: Runtime): Next {
    rt.charge(1);
    const r = this.gen.next();
    return r.done === true ? DONE : r.value;
  }
  close(): void {
    this.gen.return();
  }
}
defineIteratorType(WalkGeneratorType);
defineMethods(WalkGeneratorType, {
  close(_rt, args) {
    (args[0] as NativeGenerator).close();
    return None;
  },
});

// ------------------------------------------------------------------ posixpath (pure string functions)

const joinTypeError = (fname: string) => (t: string) => `${fname}() argument must be str, bytes, or os.PathLike object, not '${t}'`;
const fspathError = (t: string) => `expected str, bytes or os.PathLike object, not ${t}`;

export function pathJoin(a: string, rest: readonly string[]): string {
  let path = a;
  for (const b of rest) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += `/${b}`;
  }
  return path;
}

export function pathSplit(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head !== '' && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

export function pathSplitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    // Leading dots of the name do not start an extension (`.bashrc`).
    for (let i = sepIndex + 1; i < dotIndex; i++) {
      if (p[i] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
    }
  }
  return [p, ''];
}

export function normpath(p: string): string {
  if (p === '') return '.';
  let initial = p.startsWith('/') ? 1 : 0;
  if (initial === 1 && p.startsWith('//') && !p.startsWith('///')) initial = 2;
  const comps: string[] = [];
  for (const comp of p.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (initial === 0 && comps.length === 0) || (comps.length > 0 && comps[comps.length - 1] === '..')) comps.push(comp);
    else if (comps.length > 0) comps.pop();
  }
  const out = '/'.repeat(initial) + comps.join('/');
  return out === '' ? '.' : out;
}

function commonprefix(rt: Runtime, items: Value[]): Value {
  if (items.length === 0) return '';
  if (items[0] instanceof PyList || items[0] instanceof PyTuple) {
    const seqs = items.map((x) => (x as PyList).items);
    const [lo, hi] = minMax(seqs, (a, b) => compareSeq(rt, a, b));
    let i = 0;
    while (i < lo.length && i < hi.length && lo[i] === hi[i]) i++;
    return items[0] instanceof PyList ? new PyList(lo.slice(0, i)) : tuple(lo.slice(0, i));
  }
  const strs = items.map((x) => fspath(rt, x, fspathError));
  const [lo, hi] = minMax(strs, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let i = 0;
  while (i < lo.length && lo[i] === hi[i]) i++;
  return lo.slice(0, i);
}

function compareSeq(_rt: Runtime, a: Value[], b: Value[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

function minMax<T>(xs: T[], cmp: (a: T, b: T) => number): [T, T] {
  let lo = xs[0];
  let hi = xs[0];
  for (const x of xs) {
    if (cmp(x, lo) < 0) lo = x;
    if (cmp(x, hi) > 0) hi = x;
  }
  return [lo, hi];
}

function commonpath(rt: Runtime, items: Value[]): string {
  if (items.length === 0) throw valueError('commonpath() arg is an empty sequence');
  const paths = items.map((x) => fspath(rt, x, joinTypeError('commonpath')));
  const absFlags = new Set(paths.map((p) => p.startsWith('/')));
  if (absFlags.size > 1) throw valueError("Can't mix absolute and relative paths");
  const split = paths.map((p) => p.split('/').filter((c) => c !== '' && c !== '.'));
  const [lo, hi] = minMax(split, (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length - b.length;
  });
  let n = 0;
  while (n < lo.length && lo[n] === hi[n]) n++;
  return (paths[0].startsWith('/') ? '/' : '') + lo.slice(0, n).join('/');
}

// ------------------------------------------------------------------ the modules

/** Builds the attribute maps of `os` and `os.path` for one interpreter's file system. */
export function osModules(fs: FileSystem): { os: NativeModuleDef; path: NativeModuleDef } {
  let pathAttrs: Map<string, Value> | null = null;
  const pathModuleAttrs = () => (pathAttrs ??= buildPathAttrs(fs));
  return {
    os: {
      name: 'os',
      summary: 'Files and directories under the registered roots.',
      build: () => {
        const attrs = buildOsAttrs(fs);
        attrs.set('path', new PyModule('posixpath', pathModuleAttrs()));
        return attrs;
      },
    },
    path: {
      name: 'os.path',
      summary: 'Path manipulation (posixpath) and existence checks under the registered roots.',
      build: () => pathModuleAttrs(),
    },
  };
}

type Impl = (rt: Runtime, a: Value[]) => Value;

function fnIn(module: string, out: Map<string, Value>) {
  return (name: string, params: string[], impl: Impl, doc: string): void => {
    out.set(name, nativeFunction(module, name, params, impl, doc));
  };
}

function buildPathAttrs(fs: FileSystem): Map<string, Value> {
  const out = new Map<string, Value>();
  const fn = fnIn('posixpath', out);
  const arg = (rt: Runtime, v: Value) => fspath(rt, v, fspathError);
  /** Existence-style checks: any OSError or ValueError means False, as in CPython. */
  const quietly = (rt: Runtime, v: Value, test: (p: string) => boolean): boolean => {
    try {
      return test(arg(rt, v));
    } catch (e) {
      if (isOSError(e) || isInstanceOfExc(e, ValueErrorType)) return false;
      throw e;
    }
  };

  out.set('join', nativeVarargs('posixpath', 'join', (rt, args) => {
    if (args.length === 0) throw typeError('join() missing 1 required positional argument: \'a\'');
    const a = fspath(rt, args[0], fspathError);
    const rest = args.slice(1).map((x) => fspath(rt, x, joinTypeError('join')));
    return pathJoin(a, rest);
  }, 'Join two or more pathname components, inserting "/" as needed.'));
  fn('split', ['p'], (rt, [p]) => tuple(pathSplit(arg(rt, p))), 'Split a pathname into (head, tail).');
  fn('splitext', ['p'], (rt, [p]) => tuple(pathSplitext(arg(rt, p))), 'Split the extension from a pathname: (root, ext).');
  fn('splitdrive', ['p'], (rt, [p]) => tuple(['', arg(rt, p)]), 'Split a pathname into drive and path (the drive is always empty).');
  fn('basename', ['p'], (rt, [p]) => pathSplit(arg(rt, p))[1], 'The final component of a pathname.');
  fn('dirname', ['p'], (rt, [p]) => pathSplit(arg(rt, p))[0], 'The directory component of a pathname.');
  fn('isabs', ['s'], (rt, [s]) => arg(rt, s).startsWith('/'), 'Whether a path is absolute.');
  fn('normpath', ['path'], (rt, [p]) => normpath(arg(rt, p)), 'Normalize a path, e.g. A//B, A/./B and A/foo/../B all become A/B.');
  fn('normcase', ['s'], (rt, [s]) => arg(rt, s), 'Normalize case of pathname (no change on POSIX).');
  fn('abspath', ['path'], (rt, [p]) => {
    const s = arg(rt, p);
    return normpath(s.startsWith('/') ? s : pathJoin(fs.cwd, [s]));
  }, 'Return an absolute path (the working directory is inside a root).');
  fn('relpath', ['path', 'start?'], (rt, [p, start]) => {
    const s = arg(rt, p);
    if (s === '') throw valueError('no path specified');
    const base = start === undefined || start === None ? '.' : arg(rt, start);
    const abs = (x: string) => normpath(x.startsWith('/') ? x : pathJoin(fs.cwd, [x])).split('/').filter((c) => c !== '');
    const from = abs(base);
    const to = abs(s);
    let i = 0;
    while (i < from.length && i < to.length && from[i] === to[i]) i++;
    const rel = [...Array(from.length - i).fill('..'), ...to.slice(i)];
    return rel.length === 0 ? '.' : rel.join('/');
  }, 'Return a relative version of a path.');
  fn('commonprefix', ['m'], (rt, [m]) => commonprefix(rt, toArray(rt, m)), 'Longest common leading component of a list of strings.');
  fn('commonpath', ['paths'], (rt, [m]) => commonpath(rt, toArray(rt, m)), 'Longest common sub-path of a sequence of paths.');
  fn('expanduser', ['path'], (rt, [p]) => arg(rt, p), 'Returns the path unchanged: the sandbox has no home directory, so `~` is not expanded.');
  fn('expandvars', ['path'], (rt, [p]) => arg(rt, p), 'Returns the path unchanged: the sandbox exposes no environment variables here.');
  fn('exists', ['path'], (rt, [p]) => quietly(rt, p, (s) => fs.kindOf(rt, s) !== null), 'Whether a path exists (False for paths outside the roots).');
  fn('lexists', ['path'], (rt, [p]) => quietly(rt, p, (s) => fs.kindOf(rt, s, false) !== null), 'Whether a path exists, not following a final symlink.');
  fn('isfile', ['path'], (rt, [p]) => quietly(rt, p, (s) => fs.kindOf(rt, s) === 'file'), 'Whether a path is a regular file.');
  fn('isdir', ['s'], (rt, [p]) => quietly(rt, p, (s) => fs.kindOf(rt, s) === 'dir'), 'Whether a path is a directory.');
  fn('islink', ['path'], (rt, [p]) => quietly(rt, p, (s) => fs.kindOf(rt, s, false) === 'symlink'), 'Whether a path is a symbolic link.');
  fn('ismount', ['path'], (rt, [p]) => {
    arg(rt, p);
    return false;
  }, 'Always False: mount points are not visible in the sandbox.');
  fn('getsize', ['filename'], (rt, [p]) => fs.stat(rt, arg(rt, p), true).size, 'The size of a file in bytes.');
  fn('getmtime', ['filename'], (rt, [p]) => new PyFloat(seconds(fs.stat(rt, arg(rt, p), true).mtimeNs)), 'Last modification time (seconds since the epoch).');
  fn('getatime', ['filename'], (rt, [p]) => new PyFloat(seconds(fs.stat(rt, arg(rt, p), true).atimeNs)), 'Last access time (seconds since the epoch).');
  fn('getctime', ['filename'], (rt, [p]) => new PyFloat(seconds(fs.stat(rt, arg(rt, p), true).ctimeNs)), 'Last metadata change time (seconds since the epoch).');
  fn('samefile', ['f1', 'f2'], (rt, [a, b]) => {
    const s1 = fs.stat(rt, arg(rt, a), true);
    const s2 = fs.stat(rt, arg(rt, b), true);
    return s1.ino === s2.ino && s1.dev === s2.dev;
  }, 'Whether two paths name the same file.');
  fn('realpath', ['filename', '*', 'strict?'], (rt, [p, strict]) => {
    const s = arg(rt, p);
    if (strict !== undefined && truthy(rt, strict)) fs.stat(rt, s, true);
    return fs.realpath(rt, s);
  }, 'The canonical path (symlinks resolved); PermissionError when it leads outside the roots.');
  out.set('sep', '/');
  out.set('altsep', None);
  out.set('curdir', '.');
  out.set('pardir', '..');
  out.set('extsep', '.');
  out.set('pathsep', ':');
  out.set('defpath', '/bin:/usr/bin');
  out.set('devnull', '/dev/null');
  out.set('supports_unicode_filenames', false);
  return out;
}

/** A native function taking `*args` (os.path.join). */
function nativeVarargs(module: string, name: string, impl: (rt: Runtime, args: Value[]) => Value, doc: string): PyBuiltin {
  const f = new PyBuiltin(name, (rt, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() got an unexpected keyword argument '${kwnames[0]}'`);
    return impl(rt, args);
  }, null, doc, module);
  f.textSignature = '(a, *p)';
  return f;
}

function buildOsAttrs(fs: FileSystem): Map<string, Value> {
  const out = new Map<string, Value>();
  const fn = fnIn('os', out);
  // CPython's wording names what each function accepts (some take file descriptors or None).
  const accepted: Record<string, string> = {
    listdir: 'string, bytes, os.PathLike, integer or None', scandir: 'string, bytes, os.PathLike, integer or None',
    stat: 'string, bytes, os.PathLike or integer', chdir: 'string, bytes, os.PathLike or integer',
    utime: 'string, bytes, os.PathLike or integer',
  };
  const pathArg = (fname: string) => (rt: Runtime, v: Value) =>
    fspath(rt, v, (t) => `${fname}: path should be ${accepted[fname] ?? 'string, bytes or os.PathLike'}, not ${t}`);
  const optPath = (fname: string) => (rt: Runtime, v: Value | undefined) => (v === undefined || v === None ? '.' : pathArg(fname)(rt, v));

  const listdir = (rt: Runtime, p: string) => fs.list(rt, p);
  fn('listdir', ['path?'], (rt, [p]) => new PyList(listdir(rt, optPath('listdir')(rt, p)).map((e) => e.name)),
    'The names of the entries of a directory (denied entries and links leading outside are hidden).');
  fn('scandir', ['path?'], (rt, [p]) => {
    const dir = optPath('scandir')(rt, p);
    return new ScandirIterator(listdir(rt, dir).map((e) => new PyDirEntry(fs, e, pathJoin(dir, [e.name]))));
  }, 'An iterator of DirEntry objects for a directory.');
  fn('stat', ['path', '*', 'dir_fd?', 'follow_symlinks?'], (rt, [p, , follow]) =>
    statResult(fs.stat(rt, pathArg('stat')(rt, p), follow === undefined || truthy(rt, follow))), 'Information about a file (os.stat_result).');
  fn('lstat', ['path', '*', 'dir_fd?'], (rt, [p]) => statResult(fs.stat(rt, pathArg('lstat')(rt, p), false)),
    'Like stat(), but does not follow a final symbolic link.');
  fn('mkdir', ['path', 'mode?', '*', 'dir_fd?'], (rt, [p]) => {
    fs.mkdir(rt, pathArg('mkdir')(rt, p));
    return None;
  }, 'Create a directory.');
  fn('makedirs', ['name', 'mode?', 'exist_ok?'], (rt, [p, , existOk]) => {
    makedirs(rt, fs, pathArg('makedirs')(rt, p), existOk !== undefined && truthy(rt, existOk));
    return None;
  }, 'Create a directory and any missing parents; exist_ok=True accepts an existing directory.');
  const remove = (fname: string) => (rt: Runtime, [p]: Value[]) => {
    fs.unlink(rt, pathArg(fname)(rt, p));
    return None;
  };
  fn('remove', ['path', '*', 'dir_fd?'], remove('remove'), 'Remove a file (a symlink itself, never its target).');
  fn('unlink', ['path', '*', 'dir_fd?'], remove('unlink'), 'Remove a file (same as remove).');
  fn('rmdir', ['path', '*', 'dir_fd?'], (rt, [p]) => {
    fs.rmdir(rt, pathArg('rmdir')(rt, p));
    return None;
  }, 'Remove an empty directory.');
  fn('removedirs', ['name'], (rt, [p]) => {
    removedirs(rt, fs, pathArg('removedirs')(rt, p));
    return None;
  }, 'Remove a directory and then its empty parents.');
  const rename = (fname: string) => (rt: Runtime, [src, dst]: Value[]) => {
    fs.rename(rt, pathArg(fname)(rt, src), pathArg(fname)(rt, dst));
    return None;
  };
  fn('rename', ['src', 'dst', '*', 'src_dir_fd?', 'dst_dir_fd?'], rename('rename'), 'Rename a file or directory (both ends inside writable roots).');
  fn('replace', ['src', 'dst', '*', 'src_dir_fd?', 'dst_dir_fd?'], rename('replace'), 'Rename, replacing an existing destination file.');
  fn('getcwd', [], () => fs.cwd, 'The current working directory (inside a root).');
  fn('chdir', ['path'], (rt, [p]) => {
    fs.chdir(rt, pathArg('chdir')(rt, p));
    return None;
  }, 'Change the working directory (it must be a directory inside a root).');
  fn('readlink', ['path', '*', 'dir_fd?'], (rt, [p]) => fs.readlink(rt, pathArg('readlink')(rt, p)), 'The target of a symbolic link.');
  fn('utime', ['path', 'times?', '*', 'ns?', 'dir_fd?', 'follow_symlinks?'], (rt, [p, times, ns]) => {
    const [atime, mtime] = utimeArgs(rt, times, ns);
    fs.utime(rt, pathArg('utime')(rt, p), atime, mtime);
    return None;
  }, 'Set the access and modification times of a file.');
  fn('access', ['path', 'mode', '*', 'dir_fd?', 'effective_ids?', 'follow_symlinks?'], (rt, [p, mode]) => {
    if (typeof mode !== 'number') throw typeError(`'${typeName(mode)}' object cannot be interpreted as an integer`);
    try {
      const r = fs.resolve(rt, pathArg('access')(rt, p), true);
      if (r.kind === null) return false;
      return (mode & 2) === 0 || r.root.mode !== 'read';
    } catch (e) {
      if (isOSError(e)) return false;
      throw e;
    }
  }, 'Whether a path exists (F_OK) and may be written (W_OK: inside a writable root).');
  fn('fspath', ['path'], (rt, [p]) => fspath(rt, p, fspathError), 'The str form of a path-like object.');
  fn('walk', ['top', 'topdown?', 'onerror?', 'followlinks?'], (rt, [top, topdown, onerror]) => {
    const start = fspath(rt, top, fspathError);
    const down = topdown === undefined || truthy(rt, topdown);
    return new NativeGenerator(walk(rt, fs, start, down, onerror ?? None), 'walk');
  }, 'Generate (dirpath, dirnames, filenames) for a directory tree; symlinked directories are not entered.');
  out.set('stat_result', StatResultType);
  out.set('DirEntry', DirEntryType);
  out.set('error', OSErrorType);
  out.set('sep', '/');
  out.set('altsep', None);
  out.set('curdir', '.');
  out.set('pardir', '..');
  out.set('extsep', '.');
  out.set('pathsep', ':');
  out.set('linesep', '\n');
  out.set('devnull', '/dev/null');
  out.set('name', 'posix');
  for (const [k, v] of Object.entries({ F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2 })) out.set(k, v);
  return out;
}

function makedirs(rt: Runtime, fs: FileSystem, name: string, existOk: boolean): void {
  let [head, tail] = pathSplit(name);
  if (tail === '') [head, tail] = pathSplit(head);
  if (head !== '' && tail !== '' && fs.kindOf(rt, head) === null) {
    try {
      makedirs(rt, fs, head, existOk);
    } catch (e) {
      if (!isInstanceOfExc(e, FileExistsErrorType)) throw e;
    }
    if (tail === '.') return;
  }
  try {
    fs.mkdir(rt, name);
  } catch (e) {
    if (!existOk || !isOSError(e) || fs.kindOf(rt, name) !== 'dir') throw e;
  }
}

function removedirs(rt: Runtime, fs: FileSystem, name: string): void {
  fs.rmdir(rt, name);
  let [head, tail] = pathSplit(name);
  if (tail === '') [head, tail] = pathSplit(head);
  while (head !== '' && tail !== '') {
    try {
      fs.rmdir(rt, head);
    } catch (e) {
      if (isOSError(e)) break;
      throw e;
    }
    [head, tail] = pathSplit(head);
  }
}

function utimeArgs(rt: Runtime, times: Value | undefined, ns: Value | undefined): [bigint, bigint] {
  const hasTimes = times !== undefined && times !== None;
  if (hasTimes && ns !== undefined) throw valueError("utime: you may specify either 'times' or 'ns' but not both");
  if (ns !== undefined) {
    if (!(ns instanceof PyTuple) || ns.items.length !== 2 || !ns.items.every((x) => typeof x === 'number' || typeof x === 'bigint')) {
      throw typeError("utime: 'ns' must be a tuple of two ints");
    }
    return [BigInt(ns.items[0]), BigInt(ns.items[1])];
  }
  if (hasTimes) {
    if (!(times instanceof PyTuple) || times.items.length !== 2) throw typeError("utime: 'times' must be either a tuple of two ints or None");
    const toNs = (v: Value) => BigInt(Math.round(toFloatValue(rt, v) * 1e9));
    return [toNs(times.items[0]), toNs(times.items[1])];
  }
  const now = BigInt(Date.now()) * 1_000_000n;
  return [now, now];
}

/** os.walk: directory order is sorted; symlinked directories are listed but never entered. */
function* walk(rt: Runtime, fs: FileSystem, top: string, topdown: boolean, onerror: Value): Generator<Value, void, void> {
  let entries: ListedEntry[];
  try {
    entries = fs.list(rt, top);
  } catch (e) {
    if (!isOSError(e)) throw e;
    if (onerror !== None) callValue(rt, onerror, [e], null);
    return;
  }
  const dirs: string[] = [];
  const files: string[] = [];
  const enter: string[] = [];
  for (const { name, entry } of entries) {
    const isDir = fs.followedKind(entry) === 'dir';
    (isDir ? dirs : files).push(name);
    if (isDir && entry.kind !== 'symlink') enter.push(name);
  }
  if (topdown) {
    const dirList = new PyList(dirs);
    yield tuple([top, dirList, new PyList(files)]);
    // The script may prune or reorder dirnames between steps, as with CPython.
    for (const name of dirList.items) {
      if (typeof name !== 'string') continue;
      const sub = pathJoin(top, [name]);
      if (fs.kindOf(rt, sub, false) === 'dir') yield* walk(rt, fs, sub, topdown, onerror);
    }
  } else {
    for (const name of enter) yield* walk(rt, fs, pathJoin(top, [name]), topdown, onerror);
    yield tuple([top, new PyList(dirs), new PyList(files)]);
  }
}

export { seconds, statResult };
