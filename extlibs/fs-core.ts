/**
 * One interpreter's file system: the path guard, the stores behind each root
 * (disk or overlay), the write budget and the open files. Every script-facing
 * function (os, os.path, pathlib, glob, shutil, open) goes through the
 * operations here, which take the script's path string, resolve it through
 * the guard, check the root's mode, call the store, and turn any failure into
 * a Python exception that names only the script's path.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { Runtime } from '../core/runtime/runtime.js';
import { RegistrationError } from '../core/errors.js';
import { OSErrorType, isInstanceOfExc, typeError } from '../core/runtime/exceptions.js';
import type { Value } from '../core/runtime/object.js';
import { callSpecial, lookupSpecial, typeName } from '../core/runtime/ops.js';
import { None } from '../core/runtime/types.js';
import { PyBytes } from '../core/runtime/values.js';
import { fsError, permissionDenied, toScriptError } from './fs-errors.js';
import { Overlay } from './overlay.js';
import { DiskStore, type Allocate, type EntryStat, type FileHandle, type OpenRequest, type Store } from './fs-store.js';
import { PathGuard, type NodeKind, type Resolved, type Root, type RootSpec } from './path-guard.js';

export interface FileSystemOptions {
  readonly roots: readonly RootSpec[];
  readonly deny: readonly string[];
  /** Host path relative script paths start from (default: the first root). */
  readonly cwd?: string;
  /** Total bytes the script may write (files, copies), over the interpreter's life. */
  readonly writeBytesLimit: number;
  /** Files open at once. */
  readonly maxOpenFiles: number;
}

/** An entry of a listing: its name and what the guard resolved it to. */
export interface ListedEntry {
  readonly name: string;
  readonly entry: Resolved;
}

/** Closes descriptors of file objects the script dropped without closing them. */
const leakedHandles = new FinalizationRegistry<{ owner: FileSystem; handle: FileHandle }>(({ owner, handle }) => {
  try {
    owner.close(handle);
  } catch {
    // Already closed: nothing left to release.
  }
});

export class FileSystem {
  readonly guard: PathGuard;
  readonly overlay: Overlay;
  private readonly disk = new DiskStore();
  private written = 0;
  private readonly openHandles = new Set<FileHandle>();

  constructor(private readonly options: FileSystemOptions) {
    const roots: Root[] = options.roots.map((r) => ({
      given: nodePath.posix.normalize(r.path).replace(/(.)\/$/, '$1'),
      real: canonicalRoot(r.path),
      mode: r.mode,
    }));
    this.overlay = new Overlay(this.disk);
    const cwd = nodePath.posix.normalize(options.cwd ?? roots[0].given);
    this.guard = new PathGuard(roots, options.deny, cwd, {
      kindOf: (root, host) => this.storeFor(root).lstat(host)?.kind ?? null,
      readlink: (root, host) => this.storeFor(root).readlink(host),
    });
  }

  /** The store that holds a root's files. */
  private storeFor(root: Root): Store {
    return root.mode === 'overlay' ? this.overlay : this.disk;
  }

  /**
   * Resolves a script path, mapping store failures met on the way to the
   * script's path. A path the kernel could not walk (`missing/../x`) is
   * FileNotFoundError unless `lexical` (non-strict realpath).
   */
  resolve(rt: Runtime, p: string, follow: boolean, lexical = false): Resolved {
    rt.hostCall('filesystem');
    let r: Resolved;
    try {
      r = this.guard.resolve(p, follow);
    } catch (e) {
      throw toScriptError(e, p);
    }
    if (r.unreachable && !lexical) throw fsError('ENOENT', p);
    return r;
  }

  /** Refuses changes under read-only roots (and to a root directory itself). */
  private requireWritable(r: Resolved): void {
    if (r.root.mode === 'read') throw permissionDenied(r.script);
  }

  private allocator(rt: Runtime): Allocate {
    return (bytes) => {
      rt.checkValueSize(bytes, 'file contents');
      rt.allocate(bytes);
    };
  }

  /** Counts bytes the script writes against writeBytesLimit (ENOSPC past it) and the memory account. */
  chargeWrite(rt: Runtime, bytes: number, p: string): void {
    if (this.written + bytes > this.options.writeBytesLimit) throw fsError('ENOSPC', p);
    rt.allocate(bytes);
    this.written += bytes;
  }

  // ------------------------------------------------------------- queries

  /** `os.stat` / `os.lstat`. */
  stat(rt: Runtime, p: string, follow: boolean): EntryStat {
    const r = this.resolve(rt, p, follow);
    return this.statResolved(r);
  }

  statResolved(r: Resolved): EntryStat {
    if (r.kind === null) throw fsError('ENOENT', r.script);
    try {
      const s = this.storeFor(r.root).lstat(r.host);
      if (s === null) throw fsError('ENOENT', r.script);
      return s;
    } catch (e) {
      throw toScriptError(e, r.script);
    }
  }

  /** The kind of what `p` names (following symlinks), or null; never raises for missing or refused paths. */
  kindOf(rt: Runtime, p: string, follow = true): NodeKind | null {
    try {
      return this.resolve(rt, p, follow).kind;
    } catch (e) {
      if (isOSError(e)) return null;
      throw e;
    }
  }

  /** `os.readlink`: the target text of a symlink (it may point anywhere; reading it reveals only the root's own content). */
  readlink(rt: Runtime, p: string): string {
    const r = this.resolve(rt, p, false);
    if (r.kind === null) throw fsError('ENOENT', p);
    if (r.kind !== 'symlink') throw fsError('EINVAL', p);
    try {
      return this.storeFor(r.root).readlink(r.host);
    } catch (e) {
      throw toScriptError(e, p);
    }
  }

  /** The visible entries of a directory (denied entries and outbound links hidden), charging the budget per entry. */
  list(rt: Runtime, p: string): ListedEntry[] {
    const r = this.resolve(rt, p, true);
    if (r.kind === null) throw fsError('ENOENT', p);
    if (r.kind !== 'dir') throw fsError('ENOTDIR', p);
    let names: string[];
    try {
      names = this.storeFor(r.root).readdir(r.host);
    } catch (e) {
      throw toScriptError(e, p);
    }
    rt.charge(names.length);
    const out: ListedEntry[] = [];
    for (const name of names) {
      const entry = this.guard.listedChild(r, name);
      if (entry !== null) out.push({ name, entry });
    }
    return out;
  }

  /** The kind a listed entry has when its symlink (if any) is followed; null when that fails. */
  followedKind(entry: Resolved): NodeKind | null {
    if (entry.kind !== 'symlink') return entry.kind;
    try {
      return this.guard.resolve(entry.host, true).kind;
    } catch {
      return null;
    }
  }

  /** `os.path.realpath` (non-strict): the canonical path, which must lie inside a root. */
  realpath(rt: Runtime, p: string): string {
    return this.resolve(rt, p, true, true).host;
  }

  // ------------------------------------------------------------- changes

  mkdir(rt: Runtime, p: string): void {
    const r = this.resolve(rt, p, false);
    this.requireWritable(r);
    if (r.kind !== null) throw fsError('EEXIST', p);
    try {
      this.storeFor(r.root).mkdir(r.host);
    } catch (e) {
      throw toScriptError(e, p);
    }
  }

  rmdir(rt: Runtime, p: string): void {
    const r = this.resolve(rt, p, false);
    this.requireWritable(r);
    if (r.rel === '') throw permissionDenied(p);
    if (r.kind === null) throw fsError('ENOENT', p);
    if (r.kind !== 'dir') throw fsError('ENOTDIR', p);
    try {
      this.storeFor(r.root).rmdir(r.host);
    } catch (e) {
      throw toScriptError(e, p);
    }
  }

  /** `os.remove`/`os.unlink`: a symlink itself is removed, never its target. */
  unlink(rt: Runtime, p: string): void {
    const r = this.resolve(rt, p, false);
    this.requireWritable(r);
    if (r.kind === null) throw fsError('ENOENT', p);
    if (r.kind === 'dir') throw fsError('EISDIR', p);
    try {
      this.storeFor(r.root).unlink(r.host);
    } catch (e) {
      throw toScriptError(e, p);
    }
  }

  /** `os.rename`/`os.replace`: both ends must be in writable roots; different stores give EXDEV. */
  rename(rt: Runtime, src: string, dst: string): void {
    const from = this.resolve(rt, src, false);
    const to = this.resolve(rt, dst, false);
    this.requireWritable(from);
    this.requireWritable(to);
    if (from.rel === '') throw permissionDenied(src);
    if (to.rel === '') throw permissionDenied(dst);
    if (from.kind === null) throw fsError('ENOENT', src, dst);
    const store = this.storeFor(from.root);
    try {
      if (store !== this.storeFor(to.root)) throw fsError('EXDEV', src, dst);
      store.rename(from.host, to.host, this.allocator(rt));
    } catch (e) {
      throw toScriptError(e, src, dst);
    }
  }

  /** `os.utime`. */
  utime(rt: Runtime, p: string, atimeNs: bigint, mtimeNs: bigint): void {
    const r = this.resolve(rt, p, true);
    this.requireWritable(r);
    if (r.kind === null) throw fsError('ENOENT', p);
    try {
      this.storeFor(r.root).utime(r.host, atimeNs, mtimeNs, this.allocator(rt));
    } catch (e) {
      throw toScriptError(e, p);
    }
  }

  /** Opens a regular file for a file object. */
  open(rt: Runtime, p: string, req: OpenRequest): FileHandle {
    const r = this.resolve(rt, p, true);
    if (req.write) this.requireWritable(r);
    if (r.kind === null) {
      if (!req.create) throw fsError('ENOENT', p);
      // `open('x/', 'w')`: the kernel refuses to create a file named by a directory path.
      if (p.endsWith('/')) throw fsError('EISDIR', p);
    } else if (req.exclusive) {
      throw fsError('EEXIST', p);
    } else if (r.kind === 'dir') {
      throw fsError('EISDIR', p);
    } else if (r.kind !== 'file') {
      throw permissionDenied(p);
    }
    if (this.openHandles.size >= this.options.maxOpenFiles) throw fsError('EMFILE', p);
    const store = this.storeFor(r.root);
    let handle: FileHandle;
    try {
      const seen = r.kind === null ? null : store.lstat(r.host);
      handle = store.open(r.host, req, seen, this.allocator(rt));
    } catch (e) {
      // O_NOFOLLOW met a symlink swapped in after the check: a refusal, not a loop.
      if ((e as NodeJS.ErrnoException)?.code === 'ELOOP') throw permissionDenied(p);
      throw toScriptError(e, p);
    }
    this.openHandles.add(handle);
    return handle;
  }

  /** Registers a file object owning `handle`, so a dropped object still closes its descriptor. */
  track(owner: object, handle: FileHandle): void {
    leakedHandles.register(owner, { owner: this, handle }, handle);
  }

  close(handle: FileHandle): void {
    leakedHandles.unregister(handle);
    this.openHandles.delete(handle);
    handle.close();
  }

  /** Changes the working directory (`os.chdir`): it must be a directory inside a root. */
  chdir(rt: Runtime, p: string): void {
    const r = this.resolve(rt, p, true);
    if (r.kind === null) throw fsError('ENOENT', p);
    if (r.kind !== 'dir') throw fsError('ENOTDIR', p);
    this.guard.cwd = r.host;
  }

  get cwd(): string {
    return this.guard.cwd;
  }
}

/** A root's canonical path; a root removed since registration is the host's error, reported as such. */
function canonicalRoot(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    throw new RegistrationError(`filesystem root '${p}' no longer exists`, 'filesystem');
  }
}

/** True for Python OSError instances (which the existence checks swallow, as CPython's do). */
export function isOSError(e: unknown): boolean {
  return isInstanceOfExc(e, OSErrorType);
}

/**
 * `os.fspath` for the library's functions: a str, or an object whose
 * `__fspath__` returns a str (pathlib paths). Bytes paths are not supported.
 * `describe` builds the TypeError for other values (its wording varies by
 * function in CPython).
 */
export function fspath(rt: Runtime, v: Value, describe: (typeName: string) => string): string {
  if (typeof v === 'string') return v;
  const method = typeof v === 'object' && v !== null ? lookupSpecial(v, '__fspath__') : undefined;
  if (method !== undefined && method !== None) {
    const s = callSpecial(rt, v, method, []);
    if (typeof s === 'string') return s;
    if (s instanceof PyBytes) throw typeError('bytes paths are not supported by the sandbox file system');
    throw typeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(s)}`);
  }
  if (v instanceof PyBytes) throw typeError('bytes paths are not supported by the sandbox file system');
  throw typeError(describe(typeName(v)));
}
