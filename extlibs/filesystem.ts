/**
 * The `filesystem` extended library: `os`, `os.path`, `pathlib`, `glob`,
 * `shutil` and the `open` builtin, confined to the directories the host
 * registers.
 *
 * ```ts
 * const registry = new Registry().use('filesystem', {
 *   roots: [{ path: '/abs/data', mode: 'read' }, { path: '/abs/out', mode: 'write' }],
 *   deny: ['**' + '/*.key'], cwd: '/abs/data', writeBytesLimit: 10_000_000,
 * });
 * const interp = new Interpreter({ libraries: registry });
 * interp.run(script);
 * ```
 *
 * Root modes: `read` (reads only; writes raise PermissionError), `write` (the
 * real directory), `overlay` (reads see the real files merged with an
 * in-memory layer; every write stays in that layer and the disk is never
 * touched). After a run, the host reads an interpreter's overlay changes with
 * `overlayChanges(interp)` (exported here): one entry per created, changed or
 * deleted path, with the new bytes of files.
 *
 * Every path goes through one guard (path-guard.ts): canonical containment,
 * symlinks resolved by the guard and refused when they lead out, deny-globs
 * (case-insensitive, on root-relative canonical paths; denied entries are
 * hidden from listings and refused on access), O_NOFOLLOW + dev/ino checks at
 * open. Denials raise PermissionError naming only the script's path.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { RegistrationError } from '../core/errors.js';
import type { Interpreter } from '../core/interpreter.js';
import { defineLibrary, functionDoc, type ModuleDoc } from '../registry/definition.js';
import { FileSystem } from './fs-core.js';
import { makeOpen } from './fs-file.js';
import { globModule } from './fs-glob.js';
import { osModules } from './fs-os.js';
import { pathlibModule } from './fs-pathlib.js';
import { shutilModule } from './fs-shutil.js';
import { isInside, type RootSpec } from './path-guard.js';
import type { OverlayChange } from './overlay.js';

export type { OverlayChange } from './overlay.js';

export interface FilesystemOptions {
  /** Directories the script may use (absolute, existing). */
  roots: RootSpec[];
  /** Glob patterns (root-relative, case-insensitive) of entries to hide and refuse, e.g. `**` + `/*.key`. */
  deny: string[];
  /** Where relative paths start (inside a root); default the first root. */
  cwd?: string;
  /** Total bytes the script may write over the interpreter's life (ENOSPC past it). */
  writeBytesLimit: number;
  /** Files open at once (EMFILE past it). */
  maxOpenFiles: number;
}

/** File systems by the `getcwd` function of their `os` module: how `overlayChanges` finds an interpreter's overlay. */
const fileSystems = new WeakMap<object, FileSystem>();

/**
 * The overlay changes of an interpreter that uses the filesystem library
 * (empty when it has no overlay root or changed nothing): created and changed
 * files with their bytes, created directories, deleted paths. Host paths.
 */
export function overlayChanges(interp: Interpreter): OverlayChange[] {
  const found = interp.inspectModule('os', (_rt, mod) => fileSystems.get(mod.dict.get('getcwd') as object));
  if (found === undefined) throw new RegistrationError("this interpreter has no 'filesystem' library registered", 'filesystem');
  return found.overlay.changes();
}


const OS_DOC: ModuleDoc = {
  name: 'os',
  summary: 'Files and directories under the registered roots (no processes, no environment, no symlink creation).',
  members: [
    functionDoc('listdir', '(path=\'.\')', 'Names in a directory (sorted; denied entries and links leading outside are hidden).'),
    functionDoc('scandir', '(path=\'.\')', 'Iterator of DirEntry (name, path, is_file(), is_dir(), is_symlink(), stat()); a context manager.'),
    functionDoc('walk', '(top, topdown=True, onerror=None, followlinks=False)', 'Yield (dirpath, dirnames, filenames) for a tree; symlinked directories are never entered.'),
    functionDoc('stat', '(path, *, follow_symlinks=True)', 'os.stat_result: st_mode, st_size, st_mtime (float), st_mtime_ns, ...'),
    functionDoc('lstat', '(path)', 'Like stat() but does not follow a final symlink.'),
    functionDoc('mkdir', '(path, mode=0o777)', 'Create a directory (FileExistsError when it exists).'),
    functionDoc('makedirs', '(name, mode=0o777, exist_ok=False)', 'Create a directory and its missing parents.'),
    functionDoc('remove', '(path)', 'Remove a file (IsADirectoryError for directories).'),
    functionDoc('unlink', '(path)', 'Same as remove().'),
    functionDoc('rmdir', '(path)', 'Remove an empty directory.'),
    functionDoc('removedirs', '(name)', 'Remove a directory, then its empty parents.'),
    functionDoc('rename', '(src, dst)', 'Rename a file or directory; both ends must be in writable roots (EXDEV across stores).'),
    functionDoc('replace', '(src, dst)', 'Rename, replacing an existing destination.'),
    functionDoc('getcwd', '()', 'The working directory (a path inside a root).'),
    functionDoc('chdir', '(path)', 'Change the working directory (must stay inside a root).'),
    functionDoc('readlink', '(path)', 'The target text of a symlink inside a root.'),
    functionDoc('utime', '(path, times=None, *, ns=None)', 'Set access and modification times.'),
    functionDoc('access', '(path, mode)', 'F_OK: exists; W_OK: inside a writable root.'),
    functionDoc('fspath', '(path)', 'The str of a path-like object.'),
    { name: 'path', kind: 'module', doc: 'os.path (posixpath).' },
    { name: 'sep', kind: 'constant', doc: "'/'" },
    { name: 'curdir', kind: 'constant', doc: "'.'" },
    { name: 'pardir', kind: 'constant', doc: "'..'" },
    { name: 'linesep', kind: 'constant', doc: "'\\n'" },
    { name: 'name', kind: 'constant', doc: "'posix'" },
    { name: 'stat_result', kind: 'class', doc: 'The result type of stat().' },
    { name: 'DirEntry', kind: 'class', doc: 'Entries yielded by scandir().' },
  ],
};

const OS_PATH_DOC: ModuleDoc = {
  name: 'os.path',
  summary: 'POSIX path manipulation, and existence checks that are False for paths outside the roots.',
  members: [
    functionDoc('join', '(a, *p)', 'Join path components.'),
    functionDoc('split', '(p)', '(head, tail).'),
    functionDoc('splitext', '(p)', '(root, ext).'),
    functionDoc('basename', '(p)', 'Final component.'),
    functionDoc('dirname', '(p)', 'Directory component.'),
    functionDoc('exists', '(path)', 'Whether the path exists (False outside the roots and for denied entries).'),
    functionDoc('lexists', '(path)', 'Like exists() without following a final symlink.'),
    functionDoc('isfile', '(path)', 'Whether the path is a regular file.'),
    functionDoc('isdir', '(s)', 'Whether the path is a directory.'),
    functionDoc('islink', '(path)', 'Whether the path is a symlink.'),
    functionDoc('getsize', '(filename)', 'Size in bytes.'),
    functionDoc('getmtime', '(filename)', 'Modification time in seconds.'),
    functionDoc('abspath', '(path)', 'Absolute normalised path (no file system access).'),
    functionDoc('normpath', '(path)', 'Normalise . and .. and duplicate slashes.'),
    functionDoc('relpath', '(path, start=None)', 'Path relative to start (default the working directory).'),
    functionDoc('realpath', '(filename, *, strict=False)', 'Canonical path; PermissionError when it leads outside the roots.'),
    functionDoc('isabs', '(s)', 'Whether the path is absolute.'),
    functionDoc('expanduser', '(path)', 'Unchanged: the sandbox has no home directory, so ~ stays as it is.'),
    functionDoc('commonpath', '(paths)', 'Longest common sub-path.'),
    functionDoc('commonprefix', '(m)', 'Longest common string prefix.'),
    functionDoc('samefile', '(f1, f2)', 'Whether both paths name the same file.'),
  ],
};

const PATHLIB_DOC: ModuleDoc = {
  name: 'pathlib',
  summary: 'Path objects: PurePath/PurePosixPath (no I/O) and Path/PosixPath (confined I/O).',
  members: [
    { name: 'Path', kind: 'class', signature: '(*pathsegments)', doc: "A path (repr PosixPath('a/b')): / joins; name, suffix, suffixes, stem, parent, parents, parts; with_name, with_suffix, with_stem, joinpath, relative_to, is_relative_to, match; exists, is_file, is_dir, is_symlink, stat, iterdir, glob, rglob, resolve, absolute, open, read_text, write_text, read_bytes, write_bytes, touch, mkdir(parents, exist_ok), unlink(missing_ok), rmdir, rename, replace, samefile; Path.cwd(). home()/expanduser() raise RuntimeError (no home directory)." },
    { name: 'PurePath', kind: 'class', signature: '(*pathsegments)', doc: 'A path without file system access.' },
    { name: 'PosixPath', kind: 'class', signature: '(*pathsegments)', doc: 'The concrete Path class.' },
    { name: 'PurePosixPath', kind: 'class', signature: '(*pathsegments)', doc: 'The concrete PurePath class.' },
  ],
};

const GLOB_DOC: ModuleDoc = {
  name: 'glob',
  summary: 'Pathname patterns (*, ?, [seq], ** with recursive=True) matched under the roots only.',
  members: [
    functionDoc('glob', '(pathname, *, root_dir=None, recursive=False, include_hidden=False)', 'Matching paths as a list (sorted directory order; symlinked directories are not descended by **).'),
    functionDoc('iglob', '(pathname, *, root_dir=None, recursive=False, include_hidden=False)', 'Matching paths as an iterator.'),
    functionDoc('escape', '(pathname)', 'Escape wildcard characters.'),
    functionDoc('has_magic', '(s)', 'Whether a string contains wildcards.'),
  ],
};

const SHUTIL_DOC: ModuleDoc = {
  name: 'shutil',
  summary: 'Copy, move and remove files and trees inside writable roots.',
  members: [
    functionDoc('copyfile', '(src, dst)', 'Copy file contents; returns dst (SameFileError for the same file).'),
    functionDoc('copy', '(src, dst)', 'Copy a file into a file or directory; returns the new path (mode bits are not copied).'),
    functionDoc('copy2', '(src, dst)', 'Like copy() and also copies times.'),
    functionDoc('copyfileobj', '(fsrc, fdst, length=0)', 'Copy between file objects.'),
    functionDoc('copytree', '(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False, dirs_exist_ok=False)', 'Copy a directory tree (symlinks are copied as their targets).'),
    functionDoc('rmtree', '(path, ignore_errors=False, onerror=None)', 'Delete a directory tree; symlinks are unlinked, never followed.'),
    functionDoc('move', '(src, dst, copy_function=copy2)', 'Rename, or copy then delete across roots; returns the destination.'),
    functionDoc('ignore_patterns', '(*patterns)', 'An ignore callable for copytree.'),
    { name: 'Error', kind: 'class', doc: 'OSError subclass raised by copytree/move.' },
    { name: 'SameFileError', kind: 'class', doc: 'Raised by copyfile when source and destination are the same file.' },
  ],
};

const BUILTINS_DOC: ModuleDoc = {
  name: 'builtins',
  summary: 'The open() builtin, added by this library.',
  members: [
    functionDoc('open', "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)",
      'Open a file inside the roots: modes r/w/a/x with b/t/+; text files decode UTF-8 by default with universal newlines; returns TextIOWrapper/BufferedReader/BufferedWriter/BufferedRandom/FileIO objects (read, readline, readlines, write, writelines, seek, tell, truncate, close, iteration, with).'),
  ],
};

const DEFAULT_WRITE_BYTES = 100 * 1024 * 1024;

export const filesystemLibrary = defineLibrary<FilesystemOptions>({
  name: 'filesystem',
  version: '1.0.0',
  summary: 'Files under host-chosen roots (read, write, or an in-memory overlay): os, os.path, pathlib, glob, shutil and open().',
  tier: 'write',
  capabilities: ['fs.read', 'fs.write'],
  modules: ['os', 'os.path', 'pathlib', 'glob', 'shutil'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['roots'],
    properties: {
      roots: {
        type: 'array',
        minItems: 1,
        maxItems: 64,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'mode'],
          properties: {
            path: { type: 'string', minLength: 1, maxLength: 4096 },
            mode: { enum: ['read', 'write', 'overlay'] },
          },
        },
      },
      deny: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 1024 }, maxItems: 1000, default: [] },
      cwd: { type: 'string', minLength: 1, maxLength: 4096 },
      writeBytesLimit: { type: 'integer', minimum: 0, default: DEFAULT_WRITE_BYTES },
      maxOpenFiles: { type: 'integer', minimum: 1, maximum: 1024, default: 64 },
    },
  },
  docs: [OS_DOC, OS_PATH_DOC, PATHLIB_DOC, GLOB_DOC, SHUTIL_DOC, BUILTINS_DOC],
  effectiveTier(options) {
    return options.roots.some((r) => r.mode === 'write') ? 'write' : 'read';
  },
  validate(options) {
    for (const [i, r] of options.roots.entries()) checkRoot(r.path, `options.roots[${i}].path`);
    for (const pattern of options.deny) {
      if (pattern.includes('\\')) throw new RegistrationError(`options.deny: '${pattern}' must use '/' separators`, 'filesystem');
    }
    if (options.cwd !== undefined) {
      if (!nodePath.isAbsolute(options.cwd)) throw new RegistrationError(`options.cwd must be an absolute path (got '${options.cwd}')`, 'filesystem');
      const inRoot = options.roots.some((r) => isInside(nodePath.resolve(r.path), nodePath.resolve(options.cwd!))
        || isInside(realOrSelf(r.path), realOrSelf(options.cwd!)));
      if (!inRoot) throw new RegistrationError(`options.cwd '${options.cwd}' is not inside a root`, 'filesystem');
    }
  },
  create(options) {
    const fileSystem = new FileSystem({
      roots: options.roots,
      deny: options.deny,
      cwd: options.cwd,
      writeBytesLimit: options.writeBytesLimit,
      maxOpenFiles: options.maxOpenFiles,
    });
    const os = osModules(fileSystem);
    return {
      modules: [
        {
          ...os.os,
          build: (ctx) => {
            const attrs = os.os.build(ctx) as Map<string, unknown>;
            fileSystems.set(attrs.get('getcwd') as object, fileSystem);
            return attrs;
          },
        },
        os.path,
        pathlibModule(),
        globModule(fileSystem),
        shutilModule(),
      ],
      builtins: { open: makeOpen(fileSystem) },
    };
  },
});

/** A root must be an absolute path to an existing directory. */
function checkRoot(p: string, where: string): void {
  if (!nodePath.isAbsolute(p) || p.includes('\\') || p.includes('\0')) {
    throw new RegistrationError(`${where} must be an absolute path (got '${p}')`, 'filesystem');
  }
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    throw new RegistrationError(`${where} '${p}' does not exist`, 'filesystem');
  }
  if (!st.isDirectory()) throw new RegistrationError(`${where} '${p}' is not a directory`, 'filesystem');
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return nodePath.resolve(p);
  }
}
