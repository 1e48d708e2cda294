/**
 * `glob`: CPython's glob algorithm over the confined file system. Every
 * directory is read through the same guarded listing as `os.scandir`, so
 * patterns such as `../../*`, `/etc/*` or `**` find nothing outside the
 * roots, denied entries never match, and `**` never descends into symlinked
 * directories. Names are matched by fs-match (no regexes). Results come in
 * sorted directory order (CPython gives the file system's order).
 */
import type { NativeModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import type { Value } from '../core/runtime/object.js';
import { None, builtinType } from '../core/runtime/types.js';
import { ValueErrorType, isInstanceOfExc, typeError } from '../core/runtime/exceptions.js';
import { PyList } from '../core/runtime/values.js';
import { truthy } from '../core/runtime/ops.js';
import { PyIterator, DONE, type Next } from '../core/runtime/iter.js';
import { defineIteratorType } from '../core/runtime/methods/iterators.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { fspath, isOSError, type FileSystem } from './fs-core.js';
import { hasMagic, matchName } from './fs-match.js';
import { pathJoin, pathSplit } from './fs-os.js';

const GlobIteratorType = builtinType('generator', undefined, { module: 'glob', subclassable: false });

class GlobIterator extends PyIterator {
  constructor(private readonly gen: Generator<string, void, void>) {
    super();
    this.cls = GlobIteratorType;
  }
  next(rt: Runtime): Next {
    rt.charge(1);
    const r = this.gen.next();
    return r.done === true ? DONE : r.value;
  }
}
defineIteratorType(GlobIteratorType);

interface GlobOptions {
  readonly rootDir: string | null;
  readonly recursive: boolean;
  readonly includeHidden: boolean;
}

interface DirName {
  readonly name: string;
  /** A real directory (not a symlink to one): `**` may descend into it. */
  readonly descend: boolean;
}

/** Walks one pattern; a small class so the helpers share the runtime and options. */
class Globber {
  constructor(private readonly rt: Runtime, private readonly fs: FileSystem, private readonly opts: GlobOptions) {}

  /** glob.iglob: the matches of `pathname`, skipping the empty match a leading `**` yields. */
  *matches(pathname: string): Generator<string, void, void> {
    const recursiveStart = pathname === '' || (this.opts.recursive && isRecursive(pathname.slice(0, 2)));
    let first = true;
    for (const p of this.iglob(pathname, false)) {
      if (first && recursiveStart && p === '') {
        first = false;
        continue;
      }
      first = false;
      yield p;
    }
  }

  private *iglob(pathname: string, dironly: boolean): Generator<string, void, void> {
    const [dirname, basename] = pathSplit(pathname);
    if (!hasMagic(pathname)) {
      if (basename !== '' ? this.lexists(this.withRoot(pathname)) : this.isdir(this.withRoot(dirname))) yield pathname;
      return;
    }
    if (dirname === '') {
      yield* this.inDir(this.opts.rootDir ?? '', basename, dironly, this.recursiveBasename(basename));
      return;
    }
    const dirs = dirname !== pathname && hasMagic(dirname) ? this.iglob(dirname, true) : [dirname];
    const recursive = this.recursiveBasename(basename);
    for (const dir of dirs) {
      const names = hasMagic(basename) ? this.inDir(this.withRoot(dir), basename, dironly, recursive) : this.literal(this.withRoot(dir), basename);
      for (const name of names) yield pathJoin(dir, [name]);
    }
  }

  private recursiveBasename(basename: string): boolean {
    return this.opts.recursive && isRecursive(basename);
  }

  private *inDir(dir: string, pattern: string, dironly: boolean, recursive: boolean): Generator<string, void, void> {
    if (recursive) {
      yield '';
      yield* this.recursiveListing(dir, dironly);
      return;
    }
    const hiddenOk = this.opts.includeHidden || pattern.startsWith('.');
    for (const entry of this.list(dir, dironly)) {
      if (!hiddenOk && entry.name.startsWith('.')) continue;
      if (matchName(entry.name, pattern)) yield entry.name;
    }
  }

  /** `_glob0`: a literal final name matches when it exists. */
  private literal(dir: string, basename: string): string[] {
    if (basename === '') return this.isdir(dir) ? [basename] : [];
    return this.lexists(joinOrEmpty(dir, basename)) ? [basename] : [];
  }

  private *recursiveListing(dir: string, dironly: boolean): Generator<string, void, void> {
    for (const entry of this.list(dir, dironly)) {
      if (!this.opts.includeHidden && entry.name.startsWith('.')) continue;
      yield entry.name;
      if (!entry.descend) continue;
      for (const sub of this.recursiveListing(joinOrEmpty(dir, entry.name), dironly)) yield pathJoin(entry.name, [sub]);
    }
  }

  /** The visible entries of a directory; unreadable or refused directories have none (as in CPython). */
  private list(dir: string, dironly: boolean): DirName[] {
    try {
      const out: DirName[] = [];
      for (const { name, entry } of this.fs.list(this.rt, dir === '' ? '.' : dir)) {
        const isDir = this.fs.followedKind(entry) === 'dir';
        if (!dironly || isDir) out.push({ name, descend: isDir && entry.kind === 'dir' });
      }
      return out;
    } catch (e) {
      if (isOSError(e)) return [];
      throw e;
    }
  }

  private lexists(p: string): boolean {
    return this.quiet(() => this.fs.kindOf(this.rt, p, false) !== null);
  }

  private isdir(p: string): boolean {
    return this.quiet(() => this.fs.kindOf(this.rt, p === '' ? '.' : p) === 'dir');
  }

  private quiet(test: () => boolean): boolean {
    try {
      return test();
    } catch (e) {
      if (isOSError(e) || isInstanceOfExc(e, ValueErrorType)) return false;
      throw e;
    }
  }

  private withRoot(p: string): string {
    return this.opts.rootDir === null ? p : joinOrEmpty(this.opts.rootDir, p);
  }
}

function isRecursive(pattern: string): boolean {
  return pattern === '**';
}

function joinOrEmpty(dir: string, name: string): string {
  return dir === '' || name === '' ? dir || name : pathJoin(dir, [name]);
}

/** glob.escape: wildcard characters wrapped in brackets. */
export function globEscape(pathname: string): string {
  return pathname.replace(/([*?[])/g, '[$1]');
}

const GLOB_PARAMS = ['pathname', '*', 'root_dir?', 'dir_fd?', 'recursive?', 'include_hidden?'];

export function globModule(fs: FileSystem): NativeModuleDef {
  const start = (rt: Runtime, [pathname, rootDir, dirFd, recursive, hidden]: Value[]) => {
    const p = fspath(rt, pathname, (t) => `expected str, bytes or os.PathLike object, not ${t}`);
    if (dirFd !== undefined && dirFd !== None) throw typeError('dir_fd is not supported in the sandbox');
    const opts: GlobOptions = {
      rootDir: rootDir === undefined || rootDir === None ? null : fspath(rt, rootDir, (t) => `expected str, bytes or os.PathLike object, not ${t}`),
      recursive: recursive !== undefined && truthy(rt, recursive),
      includeHidden: hidden !== undefined && truthy(rt, hidden),
    };
    return new Globber(rt, fs, opts).matches(p);
  };
  return {
    name: 'glob',
    summary: 'Filename pattern matching (*, ?, [seq], ** with recursive=True) under the registered roots.',
    build: () => ({
      glob: nativeFunction('glob', 'glob', GLOB_PARAMS, (rt, a) => {
        const out: Value[] = [];
        for (const p of start(rt, a)) {
          rt.charge(1);
          rt.allocate(8);
          out.push(p);
        }
        return new PyList(out);
      }, 'A list of paths matching a pathname pattern (recursive=True lets ** match any depth).'),
      iglob: nativeFunction('glob', 'iglob', GLOB_PARAMS, (rt, a) => new GlobIterator(start(rt, a)),
        'An iterator of paths matching a pathname pattern.'),
      escape: nativeFunction('glob', 'escape', ['pathname'], (rt, [p]) =>
        globEscape(fspath(rt, p, (t) => `expected str, bytes or os.PathLike object, not ${t}`)), 'Escape all special characters of a pathname.'),
      has_magic: nativeFunction('glob', 'has_magic', ['s'], (_rt, [s]) => typeof s === 'string' && hasMagic(s),
        'Whether a string contains wildcard characters.'),
    }),
  };
}
