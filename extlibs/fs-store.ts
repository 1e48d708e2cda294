/**
 * Stores: the operations the filesystem library performs on canonical host
 * paths that the path guard has already approved. `DiskStore` talks to the
 * real disk; the overlay (overlay.ts) implements the same interface on top of
 * a read-only DiskStore. Stores never see script paths and never build error
 * messages: they throw Node errors or FsFaults, which the caller turns into
 * Python exceptions carrying the script's path.
 *
 * Opening is where check-then-use races are closed: files are opened with
 * O_NOFOLLOW (a final component swapped for a symlink fails), and the opened
 * descriptor's dev/ino must equal those the guard saw (an intermediate
 * directory swapped for a symlink opens a different inode, which is refused).
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { FsFault } from './fs-errors.js';
import type { NodeKind } from './path-guard.js';

/** What `os.stat` reports about one entry. */
export interface EntryStat {
  readonly kind: NodeKind;
  readonly mode: number;
  readonly ino: bigint;
  readonly dev: bigint;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly atimeNs: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

/** What an `open()` mode asks of the store. */
export interface OpenRequest {
  readonly read: boolean;
  readonly write: boolean;
  readonly create: boolean;
  readonly exclusive: boolean;
  readonly truncate: boolean;
}

/** An open file: positional reads and writes (the file object keeps the position). */
export interface FileHandle {
  size(): number;
  /** Up to `length` bytes from `pos` (fewer at the end of the file). */
  read(pos: number, length: number): Uint8Array;
  write(pos: number, data: Uint8Array): void;
  truncate(length: number): void;
  close(): void;
}

/** Reports bytes a store is about to keep in memory (overlay copies), so limits apply. */
export type Allocate = (bytes: number) => void;

export interface Store {
  /** The entry at `host` without following a final symlink; null when there is none. */
  lstat(host: string): EntryStat | null;
  readlink(host: string): string;
  /** Entry names, sorted (listings are deterministic). */
  readdir(host: string): string[];
  mkdir(host: string): void;
  rmdir(host: string): void;
  unlink(host: string): void;
  rename(from: string, to: string, allocate: Allocate): void;
  /** Opens `host`; `seen` is what the guard found there (null: nothing, so create). */
  open(host: string, req: OpenRequest, seen: EntryStat | null, allocate: Allocate): FileHandle;
  utime(host: string, atimeNs: bigint, mtimeNs: bigint, allocate: Allocate): void;
}

const S_IFMT = 0o170000;

export function kindOfMode(mode: number): NodeKind {
  switch (mode & S_IFMT) {
    case 0o100000: return 'file';
    case 0o040000: return 'dir';
    case 0o120000: return 'symlink';
    default: return 'other';
  }
}

/** Sorts names by their UTF-8 bytes (what `ls` in the C locale shows). */
export function sortNames(names: string[]): string[] {
  return names.sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
}

function entryStat(s: fs.BigIntStats): EntryStat {
  const mode = Number(s.mode);
  return {
    kind: kindOfMode(mode),
    mode,
    ino: s.ino,
    dev: s.dev,
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    size: Number(s.size),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
  };
}

/** The real disk. */
export class DiskStore implements Store {
  lstat(host: string): EntryStat | null {
    try {
      return entryStat(fs.lstatSync(host, { bigint: true }));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw e;
    }
  }

  readlink(host: string): string {
    return fs.readlinkSync(host, 'utf8');
  }

  readdir(host: string): string[] {
    return sortNames(fs.readdirSync(host, 'utf8'));
  }

  mkdir(host: string): void {
    fs.mkdirSync(host, 0o777);
  }

  rmdir(host: string): void {
    fs.rmdirSync(host);
  }

  unlink(host: string): void {
    fs.unlinkSync(host);
  }

  rename(from: string, to: string): void {
    fs.renameSync(from, to);
  }

  open(host: string, req: OpenRequest, seen: EntryStat | null): FileHandle {
    const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
    const access = req.read && req.write ? O_RDWR : req.write ? O_WRONLY : O_RDONLY;
    // O_NONBLOCK: a FIFO planted in a root must not block the host's event loop.
    const base = access | O_NOFOLLOW | O_NONBLOCK;
    if (seen === null) {
      if (!req.create) throw new FsFault('ENOENT');
      return this.create(host, base | O_CREAT | O_EXCL);
    }
    if (req.exclusive) throw new FsFault('EEXIST');
    const fd = fs.openSync(host, base);
    try {
      const now = fs.fstatSync(fd, { bigint: true });
      if (now.ino !== seen.ino || now.dev !== seen.dev || !now.isFile()) throw new FsFault('EACCES');
      // Truncation happens only after the identity check (O_TRUNC would act before it).
      if (req.truncate) fs.ftruncateSync(fd, 0);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
    return new DiskHandle(fd);
  }

  /** Creates a new file (O_EXCL), then checks it is where the guard put it: its parent is still canonical. */
  private create(host: string, flags: number): FileHandle {
    const fd = fs.openSync(host, flags, 0o666);
    try {
      const made = fs.fstatSync(fd, { bigint: true });
      const there = fs.lstatSync(host, { bigint: true });
      const parent = nodePath.dirname(host);
      if (made.ino !== there.ino || made.dev !== there.dev || fs.realpathSync.native(parent) !== parent) {
        // The parent was swapped during the open: remove what we created, wherever it landed.
        if (made.ino === there.ino && made.dev === there.dev) fs.unlinkSync(host);
        throw new FsFault('EACCES');
      }
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
    return new DiskHandle(fd);
  }

  utime(host: string, atimeNs: bigint, mtimeNs: bigint): void {
    fs.utimesSync(host, Number(atimeNs) / 1e9, Number(mtimeNs) / 1e9);
  }
}

/** An open descriptor of a regular file on disk. */
class DiskHandle implements FileHandle {
  private fd: number | null;

  constructor(fd: number) {
    this.fd = fd;
  }

  private get open(): number {
    if (this.fd === null) throw new FsFault('EBADF');
    return this.fd;
  }

  size(): number {
    return Number(fs.fstatSync(this.open).size);
  }

  read(pos: number, length: number): Uint8Array {
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const n = fs.readSync(this.open, buf, got, length - got, pos + got);
      if (n === 0) break;
      got += n;
    }
    return got === length ? buf : buf.subarray(0, got);
  }

  write(pos: number, data: Uint8Array): void {
    let done = 0;
    while (done < data.length) done += fs.writeSync(this.open, data, done, data.length - done, pos + done);
  }

  truncate(length: number): void {
    fs.ftruncateSync(this.open, length);
  }

  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    fs.closeSync(fd);
  }
}
