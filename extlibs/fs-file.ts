/**
 * `open()` and the file objects it returns, with CPython's types and
 * behaviour: `_io.TextIOWrapper` (text: encodings, universal newlines, tell
 * and seek cookies as byte offsets), `_io.BufferedReader`/`BufferedWriter`/
 * `BufferedRandom` (binary) and `_io.FileIO` (`buffering=0`).
 *
 * Writes go straight to the store (no buffering), so what a script wrote is
 * on disk (or in the overlay) even if it never closes the file. Every read is
 * size-checked before anything is allocated, every written byte is charged to
 * the write budget and the memory account.
 */
import { PyClass, PyObject, type Value } from '../core/runtime/object.js';
import { None, builtinType } from '../core/runtime/types.js';
import { PyBytes, PyList } from '../core/runtime/values.js';
import { makeException, stopIteration, typeError, valueError } from '../core/runtime/exceptions.js';
import { defineGetSets, defineMethods, type NativeFn } from '../core/runtime/function.js';
import { argSpec, parseArgs, type ArgSpec } from '../core/runtime/args.js';
import { repr, truthy, typeName } from '../core/runtime/ops.js';
import { iterate } from '../core/runtime/iter.js';
import { bytesLike } from '../core/runtime/methods/bytes.js';
import { decodeBytes, encodeStr, lookupCodec, type CodecName } from '../core/runtime/codecs.js';
import { nativeFunction } from '../core/native.js';
import { UnsupportedOperationType } from '../stdlib/io.js';
import type { Runtime } from '../core/runtime/runtime.js';
import type { FileHandle, OpenRequest } from './fs-store.js';
import { fspath, type FileSystem } from './fs-core.js';
import { fsError } from './fs-errors.js';

export const TextIOWrapperType = builtinType('TextIOWrapper', undefined, { module: '_io', subclassable: false });
export const BufferedReaderType = builtinType('BufferedReader', undefined, { module: '_io', subclassable: false });
export const BufferedWriterType = builtinType('BufferedWriter', undefined, { module: '_io', subclassable: false });
export const BufferedRandomType = builtinType('BufferedRandom', undefined, { module: '_io', subclassable: false });
export const FileIOType = builtinType('FileIO', undefined, { module: '_io', subclassable: false });

/** Bytes read from the store at a time by text reads and readline. */
const CHUNK = 64 * 1024;

/** Codecs whose byte streams can be cut into chunks and decoded piecewise. */
const CHUNKABLE = new Set<CodecName>(['utf_8', 'utf_8_sig', 'ascii', 'latin_1', 'cp1252']);

/** The text layer of a TextIOWrapper: decoding state and newline handling. */
interface TextState {
  /** The encoding as shown by `f.encoding`. */
  readonly encoding: string;
  readonly codec: CodecName;
  readonly errors: string;
  /** The `newline` argument: null for universal newlines with translation. */
  readonly newline: string | null;
  /** Decoded text not yet returned to the script, from index `pi`. */
  pending: string;
  pi: number;
  /** Undecoded bytes at the end of the last chunk (an incomplete character). */
  carry: Uint8Array;
  eof: boolean;
}

/** An open file as the script sees it. `pos` is the byte offset of the next store read or write. */
class PyFile extends PyObject {
  handle: FileHandle | null;
  pos = 0;

  constructor(
    cls: PyClass,
    handle: FileHandle,
    readonly fs: FileSystem,
    readonly name: Value,
    readonly pathText: string,
    /** The mode `f.mode` shows. */
    readonly mode: string,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly append: boolean,
    readonly text: TextState | null,
  ) {
    super();
    this.cls = cls;
    this.handle = handle;
  }

  get closed(): boolean {
    return this.handle === null;
  }
}

// ------------------------------------------------------------------ open()

interface ParsedMode {
  readonly req: OpenRequest;
  readonly append: boolean;
  readonly binary: boolean;
  /** FileIO's normalised mode (`rb+`, `ab`...), shown by binary files. */
  readonly rawMode: string;
}

/** Parses an open() mode string with CPython's checks and messages. */
function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwaxb+t'.includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ['r', 'w', 'a', 'x'].filter((c) => seen.has(c));
  if (seen.has('t') && seen.has('b')) throw valueError("can't have text and binary mode at once");
  if (kinds.length !== 1) throw valueError('must have exactly one of create/read/write/append mode');
  const kind = kinds[0];
  const plus = seen.has('+');
  const req: OpenRequest = {
    read: kind === 'r' || plus,
    write: kind !== 'r' || plus,
    create: kind !== 'r',
    exclusive: kind === 'x',
    truncate: kind === 'w',
  };
  const rawMode = kind === 'r' || kind === 'w' ? (plus ? 'rb+' : `${kind}b`) : `${kind}b${plus ? '+' : ''}`;
  return { req, append: kind === 'a', binary: seen.has('b'), rawMode };
}

function optionalStr(v: Value | undefined, what: string): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== 'string') throw typeError(`open() argument '${what}' must be str or None, not ${typeName(v)}`);
  return v;
}

const OPEN_PARAMS = ['file', 'mode?', 'buffering?', 'encoding?', 'errors?', 'newline?', 'closefd?', 'opener?'];

interface OpenArgs {
  readonly mode: string;
  readonly parsed: ParsedMode;
  readonly buffering: number;
  readonly encoding: string | null;
  readonly errors: string | null;
  readonly newline: string | null;
}

/** Checks open()'s arguments (besides the path) in CPython's order, with its messages. */
function openArgs(rt: Runtime, [modeArg, buffering, encodingArg, errorsArg, newlineArg, closefd, opener]: Value[]): OpenArgs {
  const mode = modeArg ?? 'r';
  if (typeof mode !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  const parsed = parseMode(mode);
  const encoding = optionalStr(encodingArg, 'encoding');
  const errors = optionalStr(errorsArg, 'errors');
  const newline = optionalStr(newlineArg, 'newline');
  const buffer = buffering === undefined ? -1 : buffering;
  if (typeof buffer !== 'number') throw typeError(`'${typeName(buffer)}' object cannot be interpreted as an integer`);
  if (parsed.binary) {
    if (encoding !== null) throw valueError("binary mode doesn't take an encoding argument");
    if (errors !== null) throw valueError("binary mode doesn't take an errors argument");
    if (newline !== null) throw valueError("binary mode doesn't take a newline argument");
  } else if (buffer === 0) {
    throw valueError("can't have unbuffered text I/O");
  }
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw valueError(`illegal newline value: ${newline}`);
  if (closefd !== undefined && !truthy(rt, closefd)) throw valueError('Cannot use closefd=False with file name');
  if (opener !== undefined && opener !== None) throw typeError('open() does not support a custom opener in the sandbox');
  return { mode, parsed, buffering: buffer, encoding, errors, newline };
}

/** The file object type CPython's open() returns for these arguments. */
function fileType(a: OpenArgs, text: boolean): PyClass {
  if (text) return TextIOWrapperType;
  if (a.buffering === 0) return FileIOType;
  if (a.parsed.req.read && a.parsed.req.write) return BufferedRandomType;
  return a.parsed.req.write ? BufferedWriterType : BufferedReaderType;
}

/** Builds the `open` builtin bound to one interpreter's file system. */
export function makeOpen(fs: FileSystem) {
  return nativeFunction('builtins', 'open', OPEN_PARAMS, (rt, [file, ...rest]) => {
    const a = openArgs(rt, rest);
    const path = fspath(rt, file, (t) => `expected str, bytes or os.PathLike object, not ${t}`);
    // The codec is looked up before the file is touched, so a bad encoding creates nothing.
    const codec = a.parsed.binary ? null : lookupCodec(a.encoding ?? 'utf-8', false);
    const handle = fs.open(rt, path, a.parsed.req);
    const text: TextState | null = codec === null ? null : {
      encoding: a.encoding ?? 'UTF-8', codec, errors: a.errors ?? 'strict', newline: a.newline,
      pending: '', pi: 0, carry: new Uint8Array(0), eof: false,
    };
    // f.name is what the script passed (a path object's str); text files show the mode as given.
    const f = new PyFile(fileType(a, text !== null), handle, fs, file instanceof PyObject ? path : file, path,
      text !== null ? a.mode : a.parsed.rawMode, a.parsed.req.read, a.parsed.req.write, a.parsed.append, text);
    fs.track(f, handle);
    if (a.parsed.append) f.pos = handle.size();
    return f;
  }, 'Open a file inside the registered roots and return a file object.');
}

// ------------------------------------------------------------------ checks

function self(args: Value[]): PyFile {
  return args[0] as PyFile;
}

/** The open handle, or CPython's ValueError for a closed file. */
function live(f: PyFile): FileHandle {
  if (f.handle === null) throw valueError(f.cls === FileIOType ? 'I/O operation on closed file' : 'I/O operation on closed file.');
  return f.handle;
}

function unsupported(msg: string) {
  return makeException(UnsupportedOperationType, msg);
}

/** CPython words "not readable" per layer: text says so, buffered names the method, FileIO explains. */
function notAllowed(f: PyFile, op: 'read' | 'write') {
  if (f.cls === FileIOType) return unsupported(`File not open for ${op === 'read' ? 'reading' : 'writing'}`);
  if (f.text !== null) return unsupported(op === 'read' ? 'not readable' : 'not writable');
  return unsupported(op);
}

function needReadable(f: PyFile): FileHandle {
  const h = live(f);
  if (!f.readable) throw notAllowed(f, 'read');
  return h;
}

function needWritable(f: PyFile): FileHandle {
  const h = live(f);
  if (!f.writable) throw notAllowed(f, 'write');
  return h;
}

/** A size argument: None or a negative int means "all". */
function sizeArg(v: Value | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  if (typeof v !== 'number') throw typeError(`argument should be integer or None, not '${typeName(v)}'`);
  return v;
}

/** Reads `length` bytes at the file position after checking the size limit, and advances. */
function readBytes(rt: Runtime, f: PyFile, h: FileHandle, length: number): Uint8Array {
  const n = Math.max(0, Math.min(length, h.size() - f.pos));
  rt.checkValueSize(n, 'file read');
  rt.allocate(n);
  rt.charge(1 + (n >> 12));
  const data = h.read(f.pos, n);
  f.pos += data.length;
  return data;
}

/** Writes bytes at the file position (the end in append mode), charging the write budget. */
function writeBytes(rt: Runtime, f: PyFile, h: FileHandle, data: Uint8Array): void {
  f.fs.chargeWrite(rt, data.length, f.pathText);
  rt.charge(1 + (data.length >> 12));
  if (f.append) f.pos = h.size();
  h.write(f.pos, data);
  f.pos += data.length;
}

// ------------------------------------------------------------------ binary reads

function binaryReadline(rt: Runtime, f: PyFile, h: FileHandle, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const want = limit >= 0 ? Math.min(CHUNK, limit - total) : CHUNK;
    if (want <= 0) break;
    const start = f.pos;
    const chunk = h.read(start, Math.min(want, Math.max(0, h.size() - start)));
    if (chunk.length === 0) break;
    const nl = chunk.indexOf(10);
    const part = nl >= 0 ? chunk.subarray(0, nl + 1) : chunk;
    rt.checkValueSize(total + part.length, 'line');
    rt.allocate(part.length);
    rt.charge(1 + (part.length >> 12));
    parts.push(part);
    total += part.length;
    f.pos = start + part.length;
    if (nl >= 0) break;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

// ------------------------------------------------------------------ text decoding

/** Where a chunk of a chunkable encoding can be cut without splitting a character. */
function safeCut(codec: CodecName, b: Uint8Array): number {
  if (codec !== 'utf_8' && codec !== 'utf_8_sig') return b.length;
  for (let i = b.length - 1; i >= Math.max(0, b.length - 4); i--) {
    const c = b[i];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return i + need <= b.length ? b.length : i;
  }
  return b.length;
}

/** The codec for bytes at a file offset (a BOM is only written or expected at offset 0). */
function codecAt(codec: CodecName, offset: number): string {
  if (offset === 0) return codec;
  if (codec === 'utf_8_sig') return 'utf_8';
  if (codec === 'utf_16') return 'utf_16_le';
  if (codec === 'utf_32') return 'utf_32_le';
  return codec;
}

/** Decodes the next chunk (or, for other codecs, the whole rest) into `pending`. False at end of file. */
function fill(rt: Runtime, f: PyFile, h: FileHandle, t: TextState): boolean {
  if (t.eof) return false;
  const whole = !CHUNKABLE.has(t.codec);
  const offset = f.pos - t.carry.length;
  const rest = Math.max(0, h.size() - f.pos);
  const n = whole ? rest : Math.min(CHUNK, rest);
  rt.checkValueSize((t.pending.length - t.pi) * 2 + n * 2, 'file read');
  rt.allocate(n * 2);
  rt.charge(1 + (n >> 12));
  const chunk = h.read(f.pos, n);
  f.pos += chunk.length;
  const bytes = t.carry.length === 0 ? chunk : Buffer.concat([t.carry, chunk]);
  const atEnd = chunk.length === 0 || whole || f.pos >= h.size();
  const cut = atEnd ? bytes.length : safeCut(t.codec, bytes);
  const decoded = decodeBytes(bytes.subarray(0, cut), codecAt(t.codec, offset), t.errors);
  t.carry = bytes.slice(cut);
  t.pending = t.pending.slice(t.pi) + decoded;
  t.pi = 0;
  if (atEnd) t.eof = true;
  return true;
}

/** Bytes that `s` took in the file (for tell()). */
function encodedLength(codec: CodecName, s: string): number {
  if (s === '') return 0;
  switch (codec) {
    case 'utf_8':
    case 'utf_8_sig':
      return Buffer.byteLength(s, 'utf8');
    case 'utf_16':
    case 'utf_16_le':
    case 'utf_16_be':
      return s.length * 2;
    case 'utf_32':
    case 'utf_32_le':
    case 'utf_32_be':
      return Array.from(s).length * 4;
    default:
      return s.length;
  }
}

/** Universal newlines: `\r\n` and `\r` become `\n` (newline=None only). */
function translateIn(t: TextState, raw: string): string {
  return t.newline === null ? raw.replace(/\r\n?/g, '\n') : raw;
}

/** Where the line starting at `t.pi` ends in `pending` (exclusive), or -1 when more text is needed. */
function lineEnd(t: TextState): number {
  const p = t.pending;
  if (t.newline === '\n' || t.newline === '\r' || t.newline === '\r\n') {
    const i = p.indexOf(t.newline, t.pi);
    if (i >= 0) return i + t.newline.length;
    return -1;
  }
  const re = /[\r\n]/g;
  re.lastIndex = t.pi;
  const m = re.exec(p);
  if (m === null) return -1;
  if (p[m.index] === '\n') return m.index + 1;
  if (m.index + 1 < p.length) return p[m.index + 1] === '\n' ? m.index + 2 : m.index + 1;
  return t.eof ? m.index + 1 : -1; // a final `\r` may be the first half of `\r\n`
}

function textReadline(rt: Runtime, f: PyFile, h: FileHandle, t: TextState, limit: number): string {
  let end = lineEnd(t);
  while (end < 0 && fill(rt, f, h, t)) end = lineEnd(t);
  if (end < 0) end = t.pending.length;
  if (limit >= 0) end = Math.min(end, advanceChars(t.pending, t.pi, limit));
  const raw = t.pending.slice(t.pi, end);
  t.pi = end;
  return translateIn(t, raw);
}

/** The index `count` code points after `from` (a surrogate pair is one character). */
function advanceChars(s: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

function textRead(rt: Runtime, f: PyFile, h: FileHandle, t: TextState, size: number): string {
  if (size < 0) {
    rt.checkValueSize((h.size() - f.pos) * 2, 'file read');
    while (fill(rt, f, h, t));
    const raw = t.pending.slice(t.pi);
    t.pending = '';
    t.pi = 0;
    return translateIn(t, raw);
  }
  // Take `size` characters after newline translation (`\r\n` counts as one).
  const parts: string[] = [];
  let taken = 0;
  while (taken < size) {
    if (t.pi >= t.pending.length) {
      if (!fill(rt, f, h, t)) break;
      continue;
    }
    const p = t.pending;
    if (t.newline === null && p[t.pi] === '\r') {
      // A final `\r` may be the first half of a `\r\n` in the next chunk.
      if (t.pi + 1 >= p.length && !t.eof && fill(rt, f, h, t)) continue;
      t.pi += p[t.pi + 1] === '\n' ? 2 : 1;
      parts.push('\n');
      taken++;
      continue;
    }
    const stop = t.newline === null ? indexOrEnd(p, '\r', t.pi) : p.length;
    const { end, count } = takeChars(p, t.pi, size - taken, stop);
    parts.push(p.slice(t.pi, end));
    t.pi = end;
    taken += count;
  }
  return parts.join('');
}

function indexOrEnd(s: string, ch: string, from: number): number {
  const i = s.indexOf(ch, from);
  return i < 0 ? s.length : i;
}

/** Up to `count` code points of `s` from `from`, not past `limit`: where they end and how many there were. */
function takeChars(s: string, from: number, count: number, limit: number): { end: number; count: number } {
  let i = from;
  let n = 0;
  while (n < count && i < limit) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < limit ? 2 : 1;
    n++;
  }
  return { end: i, count: n };
}

/** Forgets decoded-but-unread text, moving the byte position back to the first unread character. */
function dropReadAhead(f: PyFile, t: TextState): void {
  f.pos = textTell(f, t);
  t.pending = '';
  t.pi = 0;
  t.carry = new Uint8Array(0);
  t.eof = false;
}

function textTell(f: PyFile, t: TextState): number {
  return f.pos - t.carry.length - encodedLength(t.codec, t.pending.slice(t.pi));
}

function encodeText(f: PyFile, t: TextState, s: string): Uint8Array {
  const out = t.newline === '\r' || t.newline === '\r\n' ? s.replace(/\n/g, t.newline) : s;
  const offset = f.append ? f.handle!.size() : f.pos;
  return encodeStr(out, codecAt(t.codec, offset), t.errors);
}

// ------------------------------------------------------------------ methods

function method(spec: ArgSpec, fn: (rt: Runtime, f: PyFile, a: Value[]) => Value): NativeFn {
  return (rt, args, kwnames) => fn(rt, self(args), parseArgs(spec, args, kwnames, 1));
}

function read(rt: Runtime, f: PyFile, size: number): Value {
  const h = needReadable(f);
  if (f.text !== null) return textRead(rt, f, h, f.text, size);
  return new PyBytes(readBytes(rt, f, h, size < 0 ? Number.MAX_SAFE_INTEGER : size));
}

function readline(rt: Runtime, f: PyFile, limit: number): Value {
  const h = needReadable(f);
  if (f.text !== null) return textReadline(rt, f, h, f.text, limit);
  return new PyBytes(binaryReadline(rt, f, h, limit));
}

function isEmptyLine(v: Value): boolean {
  return v === '' || (v instanceof PyBytes && v.b.length === 0);
}

function write(rt: Runtime, f: PyFile, data: Value): Value {
  const h = needWritable(f);
  const t = f.text;
  if (t !== null) {
    if (typeof data !== 'string') throw typeError(`write() argument must be str, not ${typeName(data)}`);
    if (t.pending.length > 0 || t.carry.length > 0) dropReadAhead(f, t);
    writeBytes(rt, f, h, encodeText(f, t, data));
    return Array.from(data).length;
  }
  const b = bytesLike(data);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
  writeBytes(rt, f, h, b);
  return b.length;
}

function seek(f: PyFile, offset: Value, whenceArg: Value | undefined): Value {
  const h = live(f);
  if (typeof offset !== 'number') throw typeError(`'${typeName(offset)}' object cannot be interpreted as an integer`);
  const whence = whenceArg ?? 0;
  if (typeof whence !== 'number') throw typeError(`'${typeName(whence)}' object cannot be interpreted as an integer`);
  if (whence !== 0 && whence !== 1 && whence !== 2) {
    throw valueError(f.text !== null ? `invalid whence (${whence}, should be 0, 1 or 2)` : `whence value ${whence} unsupported`);
  }
  const t = f.text;
  if (t !== null) {
    if (whence === 1 && offset !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    if (whence === 2 && offset !== 0) throw unsupported("can't do nonzero end-relative seeks");
    const target = whence === 0 ? offset : whence === 1 ? textTell(f, t) : h.size();
    if (target < 0) throw valueError(`negative seek position ${offset}`);
    t.pending = '';
    t.pi = 0;
    t.carry = new Uint8Array(0);
    t.eof = false;
    f.pos = target;
    return target;
  }
  const target = whence === 0 ? offset : whence === 1 ? f.pos + offset : h.size() + offset;
  if (target < 0) throw fsError('EINVAL');
  f.pos = target;
  return target;
}

function closeFile(f: PyFile): void {
  if (f.handle === null) return;
  const h = f.handle;
  f.handle = null;
  f.fs.close(h);
}

const NO_ARGS = (name: string) => argSpec(name, []);

const FILE_METHODS: Record<string, NativeFn> = {
  read: method(argSpec('read', ['size?', '/']), (rt, f, [size]) => read(rt, f, sizeArg(size))),
  readline: method(argSpec('readline', ['size?', '/']), (rt, f, [size]) => readline(rt, f, sizeArg(size))),
  readlines: method(argSpec('readlines', ['hint?', '/']), (rt, f, [hintArg]) => {
    const hint = sizeArg(hintArg);
    const lines: Value[] = [];
    let total = 0;
    for (;;) {
      const line = readline(rt, f, -1);
      if (isEmptyLine(line)) break;
      lines.push(line);
      rt.allocate(8);
      total += typeof line === 'string' ? line.length : (line as PyBytes).b.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(lines);
  }),
  write: method(argSpec('write', ['data', '/']), (rt, f, [data]) => write(rt, f, data)),
  writelines: method(argSpec('writelines', ['lines', '/']), (rt, f, [lines]) => {
    live(f);
    iterate(rt, lines, (line) => {
      write(rt, f, line);
    });
    return None;
  }),
  seek: method(argSpec('seek', ['cookie', 'whence?', '/']), (_rt, f, [offset, whence]) => seek(f, offset, whence)),
  tell: method(NO_ARGS('tell'), (_rt, f) => {
    live(f);
    return f.text !== null ? textTell(f, f.text) : f.pos;
  }),
  truncate: method(argSpec('truncate', ['pos?', '/']), (_rt, f, [posArg]) => {
    const h = needWritable(f);
    if (f.text !== null && (f.text.pending.length > 0 || f.text.carry.length > 0)) dropReadAhead(f, f.text);
    const size = posArg === undefined || posArg === None ? f.pos : posArg;
    if (typeof size !== 'number') throw typeError(`'${typeName(size)}' object cannot be interpreted as an integer`);
    if (size < 0) throw fsError('EINVAL');
    h.truncate(size);
    return size;
  }),
  flush: method(NO_ARGS('flush'), (_rt, f) => {
    live(f);
    return None;
  }),
  close: method(NO_ARGS('close'), (_rt, f) => {
    closeFile(f);
    return None;
  }),
  readable: method(NO_ARGS('readable'), (_rt, f) => {
    live(f);
    return f.readable;
  }),
  writable: method(NO_ARGS('writable'), (_rt, f) => {
    live(f);
    return f.writable;
  }),
  seekable: method(NO_ARGS('seekable'), (_rt, f) => {
    live(f);
    return true;
  }),
  isatty: method(NO_ARGS('isatty'), (_rt, f) => {
    live(f);
    return false;
  }),
  __iter__: method(NO_ARGS('__iter__'), (_rt, f) => {
    live(f);
    return f;
  }),
  __next__: method(NO_ARGS('__next__'), (rt, f) => {
    const line = readline(rt, f, -1);
    if (isEmptyLine(line)) throw stopIteration(None);
    return line;
  }),
  __enter__: method(NO_ARGS('__enter__'), (_rt, f) => {
    live(f);
    return f;
  }),
  __exit__: (_rt, args) => {
    closeFile(self(args));
    return None;
  },
  __repr__: method(NO_ARGS('__repr__'), (rt, f) => fileRepr(rt, f)),
};

function fileRepr(rt: Runtime, f: PyFile): string {
  const typeLabel = `_io.${f.cls.name}`;
  const name = repr(rt, f.name);
  if (f.cls === FileIOType) return f.closed ? '<_io.FileIO [closed]>' : `<_io.FileIO name=${name} mode='${f.mode}' closefd=True>`;
  if (f.text !== null) return `<${typeLabel} name=${name} mode='${f.mode}' encoding='${f.text.encoding}'>`;
  return `<${typeLabel} name=${name}>`;
}

for (const t of [TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType]) {
  defineMethods(t, FILE_METHODS);
  defineGetSets(t, {
    closed: (_rt, s) => (s as PyFile).closed,
    name: (_rt, s) => (s as PyFile).name,
    mode: (_rt, s) => (s as PyFile).mode,
  });
}
defineGetSets(TextIOWrapperType, {
  encoding: (_rt, s) => (s as PyFile).text!.encoding,
  errors: (_rt, s) => (s as PyFile).text!.errors,
  newlines: () => None,
  line_buffering: () => false,
});
