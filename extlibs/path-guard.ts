/**
 * THE path confinement guard of the filesystem library: every file system
 * function turns the script's path into a canonical host path here, and
 * nothing touches the disk with a path that did not come out of `resolve`.
 *
 * What it guarantees:
 *   - the result lies inside one of the host's roots, decided by
 *     `path.relative` on canonical (symlink-free) paths, never by string prefix;
 *   - symlinks are resolved one component at a time by the guard itself
 *     (absolute, relative, chains; loops end with ELOOP), and the disk is never
 *     consulted for a path outside every root: outside paths are only ever
 *     walked lexically, so `exists`/`resolve` of them learn nothing;
 *   - deny-globs are matched case-insensitively on root-relative canonical
 *     paths, for the target and every directory on the way to it;
 *   - null bytes raise ValueError('embedded null byte'); backslashes and drive
 *     forms (`C:`), over-long paths (PATH_MAX 4096) and names (NAME_MAX 255)
 *     are refused before anything else happens;
 *   - a denial names only the path the script supplied.
 * It must never put a host path the script did not write into a message.
 */
import * as nodePath from 'node:path';
import { matchPath } from './fs-match.js';
import { fsError, permissionDenied } from './fs-errors.js';
import { valueError } from '../core/runtime/exceptions.js';

export type RootMode = 'read' | 'write' | 'overlay';

/** A root as the host registered it. */
export interface RootSpec {
  readonly path: string;
  readonly mode: RootMode;
}

/** A root ready for checks: the host's spelling and its canonical form. */
export interface Root {
  /** The normalised absolute path the host gave (what scripts usually write). */
  readonly given: string;
  /** Its canonical path (`fs.realpathSync`): what containment is measured against. */
  readonly real: string;
  readonly mode: RootMode;
}

export type NodeKind = 'file' | 'dir' | 'symlink' | 'other';

/** How the guard looks at the tree while resolving (the overlay answers for overlay roots). */
export interface TreeLookup {
  /** The kind of the entry at a canonical path inside `root` (not following a final symlink), or null. */
  kindOf(root: Root, hostPath: string): NodeKind | null;
  /** The target text of a symlink inside `root`. */
  readlink(root: Root, hostPath: string): string;
}

/** The outcome of resolving one script path. */
export interface Resolved {
  /** The path exactly as the script gave it (the only path messages may show). */
  readonly script: string;
  /** The canonical host path. */
  readonly host: string;
  readonly root: Root;
  /** `host` relative to the root's canonical path (`''` for the root itself). */
  readonly rel: string;
  /** What is there now (a final symlink only when not followed); null when nothing is. */
  readonly kind: NodeKind | null;
  /**
   * True when `..` followed a missing directory: the kernel would fail with
   * ENOENT; only a non-strict realpath uses the lexical result.
   */
  readonly unreachable: boolean;
}

export const PATH_MAX = 4096;
export const NAME_MAX = 255;
/** Symlinks followed while resolving one path (Linux's limit). */
const MAX_LINK_HOPS = 40;

export class PathGuard {
  private cwdPath: string;

  constructor(
    readonly roots: readonly Root[],
    private readonly deny: readonly string[],
    cwd: string,
    private readonly tree: TreeLookup,
  ) {
    this.cwdPath = cwd;
  }

  /** The working directory relative paths start from (a host path inside a root). */
  get cwd(): string {
    return this.cwdPath;
  }

  set cwd(dir: string) {
    this.cwdPath = dir;
  }

  /**
   * Checks the spelling of a script path: null bytes (ValueError), backslashes
   * and drive prefixes (refused on every OS, since path.join would discard the
   * base for them on Windows), PATH_MAX and NAME_MAX.
   */
  checkSpelling(p: string): void {
    if (p.includes('\0')) throw valueError('embedded null byte');
    if (p.includes('\\') || /^[A-Za-z]:/.test(p) || p.split('/').some((seg) => /^[A-Za-z]:$/.test(seg))) {
      throw permissionDenied(p);
    }
    if (Buffer.byteLength(p, 'utf8') >= PATH_MAX) throw fsError('ENAMETOOLONG', p);
    for (const seg of p.split('/')) {
      if (Buffer.byteLength(seg, 'utf8') > NAME_MAX) throw fsError('ENAMETOOLONG', p);
    }
  }

  /**
   * Resolves a script path to its canonical host path inside a root.
   * `follow`: whether a final symlink is followed (open, stat) or is itself
   * the target (lstat, unlink, rename). Throws PermissionError when the path
   * leaves every root or touches a denied entry, FileNotFoundError for `''`,
   * NotADirectoryError/ELOOP as the kernel would.
   */
  resolve(script: string, follow: boolean): Resolved {
    this.checkSpelling(script);
    if (script === '') throw fsError('ENOENT', script);
    const abs = script.startsWith('/') ? script : `${this.cwdPath}/${script}`;
    // A trailing slash (or `/.`) asks for a directory, so a final symlink is followed.
    const followFinal = follow || /\/\.?$/.test(script);
    const pending = this.aliasToReal(segments(abs)).reverse();
    let cur: string[] = [];
    let hops = 0;
    let missing = false;
    let unreachable = false;
    let kind: NodeKind | null = 'dir';
    while (pending.length > 0) {
      const seg = pending.pop()!;
      if (seg === '..') {
        // Going up from below a missing directory fails in the kernel; realpath goes on lexically.
        if (missing) unreachable = true;
        cur.pop();
        kind = 'dir';
        continue;
      }
      cur.push(seg);
      if (missing) continue;
      const hostPath = joinSegments(cur);
      const root = this.rootOf(hostPath);
      if (root === null) {
        // Outside every root: walked lexically only; the disk is never asked,
        // except that a root's own spelling (e.g. a symlinked /tmp) maps to the root.
        const alias = this.roots.find((r) => r.given !== r.real && r.given === hostPath);
        if (alias !== undefined) cur = segments(alias.real);
        kind = alias !== undefined ? 'dir' : null;
        continue;
      }
      if (this.isDenied(root, hostPath)) throw permissionDenied(script);
      kind = this.tree.kindOf(root, hostPath);
      const isLast = pending.length === 0;
      if (kind === null) {
        missing = true;
      } else if (kind === 'symlink' && (!isLast || followFinal)) {
        if (++hops > MAX_LINK_HOPS) throw fsError('ELOOP', script);
        const target = this.tree.readlink(root, hostPath);
        cur.pop();
        if (target.startsWith('/')) cur = [];
        const targetSegs = target.startsWith('/') ? this.aliasToReal(segments(target)) : segments(target);
        for (let i = targetSegs.length - 1; i >= 0; i--) pending.push(targetSegs[i]);
      } else if (!isLast && kind !== 'dir') {
        throw fsError('ENOTDIR', script);
      }
    }
    const host = joinSegments(cur);
    const root = this.rootOf(host);
    if (root === null || this.isDenied(root, host)) throw permissionDenied(script);
    return { script, host, root, rel: nodePath.relative(root.real, host), kind: missing ? null : kind, unreachable };
  }

  /**
   * Resolves the entry `name` of an already resolved directory for a listing:
   * null when it must stay hidden (denied, or a symlink that leads outside the
   * roots, into a denied entry, or loops). Listings never follow such links.
   */
  listedChild(dir: Resolved, name: string): Resolved | null {
    const host = dir.host === '/' ? `/${name}` : `${dir.host}/${name}`;
    const root = this.rootOf(host);
    if (root === null || this.isDenied(root, host)) return null;
    const kind = this.tree.kindOf(root, host);
    if (kind === null) return null;
    const child: Resolved = { script: name, host, root, rel: nodePath.relative(root.real, host), kind, unreachable: false };
    if (kind !== 'symlink') return child;
    try {
      this.resolve(host, true);
    } catch (e) {
      if (isErrno(e, 2)) return child; // a dangling link inside the root is listed, as by the OS
      return null;
    }
    return child;
  }

  /** The root whose canonical path contains `hostPath` (innermost first), or null. */
  rootOf(hostPath: string): Root | null {
    let best: Root | null = null;
    for (const r of this.roots) {
      if (isInside(r.real, hostPath) && (best === null || r.real.length > best.real.length)) best = r;
    }
    return best;
  }

  /**
   * True when a deny-glob matches the entry or a directory above it (denying
   * `secret` denies everything under it). Case-insensitive, and also tried with
   * trailing dots/spaces removed from each name (Windows ignores them).
   */
  isDenied(root: Root, hostPath: string): boolean {
    if (this.deny.length === 0) return false;
    const rel = nodePath.relative(root.real, hostPath);
    if (rel === '') return false;
    const segs = rel.split('/');
    for (let n = 1; n <= segs.length; n++) {
      const prefix = segs.slice(0, n);
      const plain = prefix.join('/');
      const trimmed = prefix.map((s) => s.replace(/[. ]+$/, '')).join('/');
      for (const pattern of this.deny) {
        if (matchPath(plain, pattern, true) || (trimmed !== plain && matchPath(trimmed, pattern, true))) return true;
      }
    }
    return false;
  }

  /** Rewrites a path under a root's given spelling to its canonical spelling (e.g. /tmp -> /private/tmp). */
  private aliasToReal(segs: string[]): string[] {
    for (const r of this.roots) {
      if (r.given === r.real) continue;
      const given = segments(r.given);
      if (given.length <= segs.length && given.every((s, i) => s === segs[i])) {
        return [...segments(r.real), ...segs.slice(given.length)];
      }
    }
    return segs;
  }
}

/** Path segments without empty and `.` parts (`..` is kept: it is resolved against canonical prefixes). */
function segments(p: string): string[] {
  return p.split('/').filter((s) => s !== '' && s !== '.');
}

function joinSegments(segs: readonly string[]): string {
  return `/${segs.join('/')}`;
}

/** Canonical containment: `child` is `parent` or below it (path.relative, never a string prefix). */
export function isInside(parent: string, child: string): boolean {
  const rel = nodePath.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith('../') && !nodePath.isAbsolute(rel));
}

function isErrno(e: unknown, errno: number): boolean {
  const args = (e as { args?: { items?: unknown[] } }).args?.items;
  return Array.isArray(args) && args[0] === errno;
}
