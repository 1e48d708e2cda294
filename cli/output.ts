/** Writing to stdout/stderr from the CLI: synchronous, complete, EPIPE-safe. */
import { writeSync } from 'node:fs';

/** Writes all of `text` to a file descriptor (retrying partial writes; a closed pipe ends quietly). */
export function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

/** Buffered stdout: one write per 64 KiB instead of one per print(). */
export class OutputBuffer {
  private chunks: string[] = [];
  private size = 0;
  write = (text: string): void => {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 65536) this.flush();
  };
  flush(): void {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    writeAll(1, data);
  }
}

/** Why a file could not be read, in the words CPython uses (`No such file or directory`). */
export function fileErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : 'cannot read file';
}

/** A usage or configuration problem: the CLI prints it and exits with status 2. */
export class UsageError extends Error {}
