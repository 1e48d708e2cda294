/**
 * The in-memory overlay: for roots registered with mode `overlay`, scripts
 * see the real files merged with an in-memory layer of the files and
 * directories they created, changed or deleted, and every write goes to the
 * layer only. The disk is read (through a DiskStore, so the same O_NOFOLLOW
 * and identity checks apply) and never written. The host reads the layer's
 * changes after the run (`Overlay.changes`).
 *
 * Layer semantics: an entry in the layer replaces the disk entry at the same
 * path; a `deleted` entry hides it (and everything below it); a directory
 * recreated where something was deleted is `opaque`: the disk below it stays
 * hidden. Renames copy the moved subtree into the layer.
 */
import * as nodePath from 'node:path';
import { FsFault } from './fs-errors.js';
import type { NodeKind } from './path-guard.js';
import { sortNames, type Allocate, type DiskStore, type EntryStat, type FileHandle, type OpenRequest, type Store } from './fs-store.js';

type LayerNode =
  | { kind: 'file'; data: Uint8Array; size: number; mtimeNs: bigint; readonly ino: bigint }
  | { kind: 'dir'; opaque: boolean; mtimeNs: bigint; readonly ino: bigint }
  | { kind: 'symlink'; readonly target: string; mtimeNs: bigint; readonly ino: bigint }
  | { kind: 'deleted' };

type LiveNode = Exclude<LayerNode, { kind: 'deleted' }>;

/** One change the overlay holds, as the host reads it after a run. */
export interface OverlayChange {
  /** Canonical host path. */
  readonly path: string;
  readonly type: 'file' | 'directory' | 'symlink' | 'deleted';
  /** The file's bytes (type `file`). */
  readonly data?: Uint8Array;
  /** The link's target (type `symlink`, moved there by a rename). */
  readonly target?: string;
  /**
   * For directories: true when it replaces what the disk had at that path
   * (deleted and recreated, or moved there), so nothing of the disk's
   * directory below it survives.
   */
  readonly replacesDisk?: boolean;
}

/** Layer entries get inode numbers from a range real file systems rarely reach. */
let nextIno = 1n << 60n;

function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

export class Overlay implements Store {
  private readonly layer = new Map<string, LayerNode>();

  constructor(private readonly disk: DiskStore) {}

  /** What the layer holds, sorted by path (for the host, after the run). */
  changes(): OverlayChange[] {
    const out: OverlayChange[] = [];
    for (const p of sortNames([...this.layer.keys()])) {
      const n = this.layer.get(p)!;
      if (n.kind === 'file') out.push({ path: p, type: 'file', data: n.data.slice(0, n.size) });
      else if (n.kind === 'dir') out.push(n.opaque ? { path: p, type: 'directory', replacesDisk: true } : { path: p, type: 'directory' });
      else if (n.kind === 'symlink') out.push({ path: p, type: 'symlink', target: n.target });
      else out.push({ path: p, type: 'deleted' });
    }
    return out;
  }

  /** Bytes of file content held in the layer. */
  layerBytes(): number {
    let n = 0;
    for (const node of this.layer.values()) if (node.kind === 'file') n += node.data.length;
    return n;
  }

  // ---------------------------------------------------------------- lookup

  /** The merged entry at `host`: a layer node, a disk stat, or null. */
  private lookup(host: string): LiveNode | EntryStat | null {
    let diskVisible = true;
    for (const above of ancestors(host)) {
      const n = this.layer.get(above);
      if (n === undefined) continue;
      if (n.kind === 'deleted' || n.kind === 'file' || n.kind === 'symlink') return null;
      if (n.opaque) diskVisible = false;
    }
    const own = this.layer.get(host);
    if (own !== undefined) return own.kind === 'deleted' ? null : own;
    return diskVisible ? this.disk.lstat(host) : null;
  }

  private kindAt(host: string): NodeKind | null {
    return this.lookup(host)?.kind ?? null;
  }

  /** Whether the disk's directory at `host` shows through (exists, not replaced, not hidden). */
  private diskShowsThrough(host: string): boolean {
    const n = this.lookup(host);
    if (n === null) return false;
    if (isLayerNode(n)) return n.kind === 'dir' && !n.opaque && this.disk.lstat(host)?.kind === 'dir';
    return n.kind === 'dir';
  }

  private requireParentDir(host: string): void {
    const kind = this.kindAt(nodePath.dirname(host));
    if (kind === null) throw new FsFault('ENOENT');
    if (kind !== 'dir') throw new FsFault('ENOTDIR');
  }

  /** Removes what is at `host` from the merged view (and the layer entries below it). */
  private remove(host: string): void {
    for (const key of [...this.layer.keys()]) if (key.startsWith(`${host}/`)) this.layer.delete(key);
    if (this.disk.lstat(host) !== null) this.layer.set(host, { kind: 'deleted' });
    else this.layer.delete(host);
  }

  // ---------------------------------------------------------------- Store

  lstat(host: string): EntryStat | null {
    const n = this.lookup(host);
    if (n === null || !isLayerNode(n)) return n;
    return layerStat(n);
  }

  readlink(host: string): string {
    const n = this.lookup(host);
    if (n === null) throw new FsFault('ENOENT');
    if (isLayerNode(n)) {
      if (n.kind !== 'symlink') throw new FsFault('EINVAL');
      return n.target;
    }
    return this.disk.readlink(host);
  }

  readdir(host: string): string[] {
    const kind = this.kindAt(host);
    if (kind === null) throw new FsFault('ENOENT');
    if (kind !== 'dir') throw new FsFault('ENOTDIR');
    const names = new Set<string>();
    if (this.diskShowsThrough(host)) for (const name of this.disk.readdir(host)) names.add(name);
    for (const key of this.layer.keys()) if (nodePath.dirname(key) === host && key !== host) names.add(nodePath.basename(key));
    return sortNames([...names].filter((name) => this.lookup(join(host, name)) !== null));
  }

  mkdir(host: string): void {
    if (this.lookup(host) !== null) throw new FsFault('EEXIST');
    this.requireParentDir(host);
    // Recreated where the disk had something: the disk below stays hidden.
    const opaque = this.layer.get(host)?.kind === 'deleted';
    this.layer.set(host, { kind: 'dir', opaque, mtimeNs: nowNs(), ino: nextIno++ });
  }

  rmdir(host: string): void {
    const kind = this.kindAt(host);
    if (kind === null) throw new FsFault('ENOENT');
    if (kind !== 'dir') throw new FsFault('ENOTDIR');
    if (this.readdir(host).length > 0) throw new FsFault('ENOTEMPTY');
    this.remove(host);
  }

  unlink(host: string): void {
    const kind = this.kindAt(host);
    if (kind === null) throw new FsFault('ENOENT');
    if (kind === 'dir') throw new FsFault('EISDIR');
    this.remove(host);
  }

  rename(from: string, to: string, allocate: Allocate): void {
    const src = this.kindAt(from);
    if (src === null) throw new FsFault('ENOENT');
    this.requireParentDir(to);
    if (from === to) return;
    const dst = this.kindAt(to);
    if (src === 'dir') {
      if (to.startsWith(`${from}/`)) throw new FsFault('EINVAL');
      if (dst !== null && dst !== 'dir') throw new FsFault('ENOTDIR');
      if (dst === 'dir' && this.readdir(to).length > 0) throw new FsFault('ENOTEMPTY');
    } else if (dst === 'dir') {
      throw new FsFault('EISDIR');
    }
    const moved = this.snapshot(from, allocate);
    if (dst !== null) this.remove(to);
    this.remove(from);
    for (const [rel, node] of moved) {
      const target = rel === '' ? to : `${to}/${rel}`;
      // The moved tree replaces whatever the disk had there.
      if (node.kind === 'dir') node.opaque = true;
      this.layer.set(target, node);
    }
  }

  open(host: string, req: OpenRequest, _seen: EntryStat | null, allocate: Allocate): FileHandle {
    const n = this.lookup(host);
    if (n !== null) {
      if (n.kind === 'dir') throw new FsFault('EISDIR');
      if (n.kind !== 'file') throw new FsFault('EACCES');
      if (req.exclusive) throw new FsFault('EEXIST');
    } else {
      if (!req.create) throw new FsFault('ENOENT');
      this.requireParentDir(host);
    }
    // Reading a file the layer does not hold reads the disk, with the disk's race checks.
    if (n !== null && !isLayerNode(n) && !req.write) return this.disk.open(host, req, n);
    let node: LayerNode & { kind: 'file' };
    if (n !== null && isLayerNode(n) && n.kind === 'file') {
      node = n;
    } else if (n !== null && !req.truncate) {
      node = this.copyUp(host, n as EntryStat, allocate);
    } else {
      node = { kind: 'file', data: new Uint8Array(0), size: 0, mtimeNs: nowNs(), ino: nextIno++ };
      this.layer.set(host, node);
    }
    if (req.truncate) {
      node.size = 0;
      node.mtimeNs = nowNs();
    }
    return new LayerHandle(node, allocate);
  }

  utime(host: string, _atimeNs: bigint, mtimeNs: bigint, allocate: Allocate): void {
    const n = this.lookup(host);
    if (n === null) throw new FsFault('ENOENT');
    if (isLayerNode(n)) {
      n.mtimeNs = mtimeNs;
    } else if (n.kind === 'file') {
      this.copyUp(host, n, allocate).mtimeNs = mtimeNs;
    } else if (n.kind === 'dir') {
      this.layer.set(host, { kind: 'dir', opaque: false, mtimeNs, ino: nextIno++ });
    }
  }

  /** Copies a disk file into the layer (before it is changed). */
  private copyUp(host: string, seen: EntryStat, allocate: Allocate): LayerNode & { kind: 'file' } {
    allocate(seen.size);
    const h = this.disk.open(host, { read: true, write: false, create: false, exclusive: false, truncate: false }, seen);
    let data: Uint8Array;
    try {
      data = h.read(0, seen.size);
    } finally {
      h.close();
    }
    const node = { kind: 'file' as const, data, size: data.length, mtimeNs: seen.mtimeNs, ino: nextIno++ };
    this.layer.set(host, node);
    return node;
  }

  /** The merged subtree at `host` as fresh layer nodes, keyed by path relative to `host`. */
  private snapshot(host: string, allocate: Allocate): Map<string, LiveNode> {
    const out = new Map<string, LiveNode>();
    const visit = (p: string, rel: string): void => {
      const n = this.lookup(p)!;
      if (isLayerNode(n)) {
        out.set(rel, n.kind === 'file' ? { ...n, data: n.data } : { ...n });
      } else if (n.kind === 'file') {
        const h = this.disk.open(p, { read: true, write: false, create: false, exclusive: false, truncate: false }, n);
        allocate(n.size);
        try {
          const data = h.read(0, n.size);
          out.set(rel, { kind: 'file', data, size: data.length, mtimeNs: n.mtimeNs, ino: nextIno++ });
        } finally {
          h.close();
        }
      } else if (n.kind === 'symlink') {
        out.set(rel, { kind: 'symlink', target: this.disk.readlink(p), mtimeNs: n.mtimeNs, ino: nextIno++ });
      } else if (n.kind === 'dir') {
        out.set(rel, { kind: 'dir', opaque: true, mtimeNs: n.mtimeNs, ino: nextIno++ });
      } else {
        throw new FsFault('EACCES');
      }
      if (n.kind === 'dir') {
        for (const name of this.readdir(p)) visit(join(p, name), rel === '' ? name : `${rel}/${name}`);
      }
    };
    visit(host, '');
    return out;
  }
}

/** A file held in the layer; writes grow its buffer (charged through `allocate`). */
class LayerHandle implements FileHandle {
  constructor(private readonly node: LayerNode & { kind: 'file' }, private readonly allocate: Allocate) {}

  size(): number {
    return this.node.size;
  }

  read(pos: number, length: number): Uint8Array {
    const end = Math.min(this.node.size, pos + length);
    return pos >= end ? new Uint8Array(0) : this.node.data.slice(pos, end);
  }

  write(pos: number, data: Uint8Array): void {
    const end = pos + data.length;
    this.reserve(end);
    if (pos > this.node.size) this.node.data.fill(0, this.node.size, pos);
    this.node.data.set(data, pos);
    this.node.size = Math.max(this.node.size, end);
    this.node.mtimeNs = nowNs();
  }

  truncate(length: number): void {
    if (length > this.node.size) {
      this.reserve(length);
      this.node.data.fill(0, this.node.size, length);
    }
    this.node.size = length;
    this.node.mtimeNs = nowNs();
  }

  close(): void {}

  private reserve(capacity: number): void {
    if (capacity <= this.node.data.length) return;
    const grown = Math.max(capacity, Math.min(this.node.data.length * 2, capacity + (1 << 20)));
    this.allocate(grown - this.node.data.length);
    const data = new Uint8Array(grown);
    data.set(this.node.data.subarray(0, this.node.size));
    this.node.data = data;
  }
}

function isLayerNode(n: LiveNode | EntryStat): n is LiveNode {
  return 'mtimeNs' in n && !('mode' in n);
}

function layerStat(n: LiveNode): EntryStat {
  const mode = n.kind === 'file' ? 0o100644 : n.kind === 'dir' ? 0o040755 : 0o120777;
  const size = n.kind === 'file' ? n.size : n.kind === 'symlink' ? Buffer.byteLength(n.target) : 4096;
  return {
    kind: n.kind, mode, ino: n.ino, dev: 0n, nlink: 1, uid: 0, gid: 0, size,
    atimeNs: n.mtimeNs, mtimeNs: n.mtimeNs, ctimeNs: n.mtimeNs,
  };
}

/** Proper ancestors of a canonical path, from the top down (`/a/b/c` -> `/a`, `/a/b`). */
function ancestors(host: string): string[] {
  const segs = host.split('/').filter((s) => s !== '');
  const out: string[] = [];
  for (let i = 1; i < segs.length; i++) out.push(`/${segs.slice(0, i).join('/')}`);
  return out;
}

function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}
