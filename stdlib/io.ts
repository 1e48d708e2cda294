/**
 * The `io` module: in-memory streams `StringIO` and `BytesIO`, the base
 * classes `IOBase`, `TextIOBase`, `BufferedIOBase`, `RawIOBase`, and
 * `UnsupportedOperation`. There is no `open()`: nothing here touches files.
 *
 * The types are native and shared by every interpreter (like the builtin
 * types); they can be subclassed. Instances carry a `__dict__`, as in CPython.
 * Positions and lengths of a StringIO count code points, like Python's.
 * Growth of a buffer is checked against the value-size limit before it
 * happens and charged to the allocation account.
 */
import type { ModuleDef } from '../core/modules.js';
import { PyClass, PyInstance, type Value } from '../core/runtime/object.js';
import { None, ObjectType, StrType, TypeType } from '../core/runtime/types.js';
import { PyByteArray, PyBytes, PyList, tuple } from '../core/runtime/values.js';
import {
  BlockingIOErrorType, NotImplementedErrorType, OSErrorType, ValueErrorType, makeException, overflowError,
  stopIteration, typeError, valueError,
} from '../core/runtime/exceptions.js';
import { PyBuiltin, defineGetSets, type NativeFn } from '../core/runtime/function.js';
import { argSpec, parseArgs } from '../core/runtime/args.js';
import { callMethod } from '../core/runtime/call.js';
import { getAttr } from '../core/runtime/attrs.js';
import { isInstance, len, repr, truthy, typeName } from '../core/runtime/ops.js';
import { DONE, getIter, iterNext, iterate } from '../core/runtime/iter.js';
import { indexValue } from '../core/runtime/subscript.js';
import { codePoints, hasSurrogates, strLen } from '../core/runtime/str.js';
import { bytesLike } from '../core/runtime/methods/bytes.js';
import { clinicArgs, newTarget, noArgs0, oneArg, staticNative } from '../core/runtime/methods/list.js';
import { cIntArg, ssizeArg } from '../core/runtime/methods/str.js';
import type { Runtime } from '../core/runtime/runtime.js';

// ======================================================================= types

/** A native io type; `ownLayout` for the concrete streams (their instances are native objects). */
function ioType(name: string, base: PyClass, ownLayout: boolean, doc: string): PyClass {
  const t = new PyClass(name, [base], { builtin: true, instanceDict: true, module: '_io' });
  t.cls = TypeType;
  if (ownLayout) t.layout = t;
  t.dict.set('__doc__', doc);
  return t;
}

export const IOBaseType = ioType('_IOBase', ObjectType, false,
  'The abstract base class for all I/O classes.\n\n' +
  'Provides close(), closed, context management, iteration over lines (via readline()), readlines(),\n' +
  'writelines(), and default methods that raise UnsupportedOperation (seek, truncate, fileno).');
export const TextIOBaseType = ioType('_TextIOBase', IOBaseType, false,
  'Base class for text I/O: read() and write() work with str.');
export const BufferedIOBaseType = ioType('_BufferedIOBase', IOBaseType, false,
  'Base class for buffered binary I/O: read() and write() work with bytes.');
export const RawIOBaseType = ioType('_RawIOBase', IOBaseType, false, 'Base class for raw binary I/O.');
export const StringIOType = ioType('StringIO', TextIOBaseType, true,
  "StringIO(initial_value='', newline='\\n')\n\nText I/O implementation using an in-memory buffer.\n\n" +
  'The initial_value argument sets the value of the object. The newline argument is like the one of\n' +
  'TextIOWrapper: None translates \\r and \\r\\n to \\n on write and reads universal newlines;\n' +
  "'' reads universal newlines untranslated; '\\r' or '\\r\\n' translate written \\n to that.");
export const BytesIOType = ioType('BytesIO', BufferedIOBaseType, true,
  "BytesIO(initial_bytes=b'')\n\nBuffered I/O implementation using an in-memory bytes buffer.");

/** `io.UnsupportedOperation`: both an OSError and a ValueError, as in CPython. */
export const UnsupportedOperationType = new PyClass('UnsupportedOperation', [OSErrorType, ValueErrorType],
  { builtin: true, instanceDict: true, module: 'io' });
UnsupportedOperationType.cls = TypeType;

const unsupported = (what: string) => makeException(UnsupportedOperationType, what);

// ===================================================================== helpers

/** Estimated bytes of a stream object before its buffer. */
const STREAM_BYTES = 96;

/** Registers native methods; `doc` strings feed help(). */
function defineDocumented(type: PyClass, methods: Record<string, [NativeFn, string]>): void {
  for (const name of Object.keys(methods)) {
    const [fn, doc] = methods[name];
    type.dict.set(name, new PyBuiltin(name, fn, type, doc));
  }
}

/** The name CPython puts in argument-count messages: the stream's concrete type. */
function ownerName(self: Value): string {
  if (self instanceof StringIOObject) return 'StringIO';
  if (self instanceof BytesIOObject) return 'BytesIO';
  return typeName(self);
}

/** `_Py_convert_optional_to_ssize_t`: None (or absent) gives `dflt`. */
function optionalSize(rt: Runtime, v: Value | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  const i = indexValue(rt, v);
  if (i === undefined) throw typeError(`argument should be integer or None, not '${typeName(v)}'`);
  if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return i;
}

/** The 0..1 optional positional argument of read()/readline()/truncate() (`name` for count errors). */
function sizeArg(rt: Runtime, name: string, args: Value[], kwnames: string[] | null, dflt: number): number {
  clinicArgs(`${ownerName(args[0])}.${name}`, name, args, kwnames, 0, 1);
  return optionalSize(rt, args[1], dflt);
}

/** `seek(pos, whence=0)` arguments. */
function seekArgs(rt: Runtime, args: Value[], kwnames: string[] | null): [number, number] {
  const n = clinicArgs(`${ownerName(args[0])}.seek`, 'seek', args, kwnames, 1, 2);
  return [ssizeArg(rt, args[1]), n > 1 ? cIntArg(rt, args[2]) : 0];
}

const noArgs = (self: Value, name: string, args: Value[], kwnames: string[] | null) =>
  noArgs0(`${ownerName(self)}.${name}`, args, kwnames);

/** Checks the growth of a buffer to `bytes` before it happens. */
function growTo(rt: Runtime, bytes: number, grownBy: number, what: string): void {
  rt.checkValueSize(bytes, what);
  if (grownBy > 0) rt.allocate(grownBy);
}

// ====================================================================== IOBase

/** `closed` as IOBase sees it: the `__IOBase_closed` attribute (set by IOBase.close). */
function iobaseIsClosed(self: Value): boolean {
  return self instanceof PyInstance && self.dict.has('__IOBase_closed');
}

/** IOBase's check through the (possibly overridden) `closed` attribute. */
function checkClosedAttr(rt: Runtime, self: Value): void {
  if (truthy(rt, getAttr(rt, self, 'closed'))) throw valueError('I/O operation on closed file.');
}

/** The lines of any stream, through its iterator (IOBase.readlines). */
function genericReadlines(rt: Runtime, self: Value, hint: number): PyList {
  const lines: Value[] = [];
  let total = 0;
  const it = getIter(rt, self);
  for (;;) {
    const line = iterNext(rt, it);
    if (line === DONE) break;
    if (--rt.ticks < 0) rt.checkpoint();
    lines.push(line);
    if (hint > 0) {
      total += len(rt, line);
      if (total > hint) break;
    }
  }
  return new PyList(lines);
}

/** IOBase.readline for binary streams: reads one byte at a time through `read(1)`. */
function genericReadline(rt: Runtime, self: Value, limit: number): PyBytes {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (limit < 0 || total < limit) {
    const b = callMethod(rt, self, 'read', [self, 1], null);
    if (b === None) break;
    const bytes = bytesLike(b);
    if (bytes === undefined) throw makeException(OSErrorType, `read() should have returned a bytes object, not '${typeName(b)}'`);
    if (bytes.length === 0) break;
    if (--rt.ticks < 0) rt.checkpoint();
    total += bytes.length;
    growTo(rt, total, bytes.length, 'bytes');
    parts.push(bytes);
    if (bytes[bytes.length - 1] === 0x0a) break;
  }
  return new PyBytes(concatBytes(parts, total));
}

/** Joins byte chunks of `total` bytes in all. */
function concatBytes(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

defineDocumented(IOBaseType, {
  close: [(rt, args, kw) => {
    const self = args[0];
    noArgs(self, 'close', args, kw);
    if (iobaseIsClosed(self)) return None;
    try {
      callMethod(rt, self, 'flush', [self], null);
    } finally {
      (self as PyInstance).dict.set('__IOBase_closed', true);
    }
    return None;
  }, 'Flush and close the IO object. This method has no effect if the file is already closed.'],
  flush: [(_rt, args, kw) => {
    noArgs(args[0], 'flush', args, kw);
    if (iobaseIsClosed(args[0])) throw valueError('I/O operation on closed file.');
    return None;
  }, 'Flush write buffers, if applicable. This is not implemented for read-only and non-blocking streams.'],
  readable: [(_rt, args, kw) => (noArgs(args[0], 'readable', args, kw), false), 'Return whether object was opened for reading.'],
  writable: [(_rt, args, kw) => (noArgs(args[0], 'writable', args, kw), false), 'Return whether object was opened for writing.'],
  seekable: [(_rt, args, kw) => (noArgs(args[0], 'seekable', args, kw), false),
    'Return whether object supports random access.'],
  isatty: [(rt, args, kw) => {
    noArgs(args[0], 'isatty', args, kw);
    checkClosedAttr(rt, args[0]);
    return false;
  }, 'Return whether this is an \'interactive\' stream. Return False if it can\'t be determined.'],
  fileno: [(_rt, args, kw) => {
    noArgs(args[0], 'fileno', args, kw);
    throw unsupported('fileno');
  }, 'Returns underlying file descriptor if one exists. In-memory streams raise UnsupportedOperation.'],
  seek: [() => {
    throw unsupported('seek');
  }, 'Change the stream position to the given byte offset (unsupported here).'],
  tell: [(rt, args, kw) => {
    noArgs(args[0], 'tell', args, kw);
    return callMethod(rt, args[0], 'seek', [args[0], 0, 1], null);
  }, 'Return current stream position (self.seek(0, 1)).'],
  truncate: [() => {
    throw unsupported('truncate');
  }, 'Truncate file to size bytes (unsupported here).'],
  readline: [(rt, args, kw) => genericReadline(rt, args[0], sizeArg(rt, 'readline', args, kw, -1)),
    'Read and return a line from the stream (through read(1)). If size is given, at most size bytes are read.'],
  readlines: [(rt, args, kw) => {
    clinicArgs(`${ownerName(args[0])}.readlines`, 'readlines', args, kw, 0, 1);
    return genericReadlines(rt, args[0], optionalSize(rt, args[1], -1));
  }, 'Return a list of lines from the stream. hint can be specified to control the number of lines read.'],
  writelines: [(rt, args, kw) => {
    const self = args[0];
    const lines = oneArg(`${ownerName(self)}.writelines`, args, kw);
    checkClosedAttr(rt, self);
    iterate(rt, lines, (line) => {
      callMethod(rt, self, 'write', [self, line], null);
    });
    return None;
  }, 'Write a list of lines to stream. Line separators are not added.'],
  __enter__: [(rt, args, kw) => {
    noArgs(args[0], '__enter__', args, kw);
    checkClosedAttr(rt, args[0]);
    return args[0];
  }, 'Enter the runtime context (checks that the stream is open).'],
  __exit__: [(rt, args) => callMethod(rt, args[0], 'close', [args[0]], null),
    'Exit the runtime context: close the stream.'],
  __iter__: [(rt, args, kw) => {
    noArgs(args[0], '__iter__', args, kw);
    checkClosedAttr(rt, args[0]);
    return args[0];
  }, 'Implement iter(self).'],
  __next__: [(rt, args, kw) => {
    noArgs(args[0], '__next__', args, kw);
    const line = callMethod(rt, args[0], 'readline', [args[0]], null);
    if (len(rt, line) === 0) throw stopIteration(None);
    return line;
  }, 'Implement next(self): the next line, via readline().'],
});
defineGetSets(IOBaseType, { closed: (_rt, self) => iobaseIsClosed(self) });

defineDocumented(TextIOBaseType, {
  read: [() => {
    throw unsupported('read');
  }, 'Read at most size characters from stream (unsupported in the base class).'],
  readline: [() => {
    throw unsupported('readline');
  }, 'Read until newline or EOF (unsupported in the base class).'],
  write: [() => {
    throw unsupported('write');
  }, 'Write string to stream (unsupported in the base class).'],
  detach: [() => {
    throw unsupported('detach');
  }, 'Separate the underlying buffer from the TextIOBase (unsupported here).'],
});
defineGetSets(TextIOBaseType, { encoding: () => None, newlines: () => None, errors: () => None });

const BUFFERED_UNSUPPORTED: Record<string, string> = {
  read: 'Read and return up to n bytes (unsupported in the base class).',
  read1: 'Read and return up to n bytes, with at most one read() call (unsupported in the base class).',
  readinto: 'Read bytes into a pre-allocated writable buffer (unsupported in the base class).',
  write: 'Write the given bytes to the stream (unsupported in the base class).',
  detach: 'Disconnect this buffer from its underlying raw stream (unsupported here).',
};
defineDocumented(BufferedIOBaseType, Object.fromEntries(Object.entries(BUFFERED_UNSUPPORTED).map(([name, doc]) => [
  name, [() => {
    throw unsupported(name === 'readinto' ? 'read' : name);
  }, doc],
])) as Record<string, [NativeFn, string]>);

defineDocumented(RawIOBaseType, {
  read: [(rt, args, kw) => {
    const self = args[0];
    const size = sizeArg(rt, 'read', args, kw, -1);
    if (size < 0) return callMethod(rt, self, 'readall', [self], null);
    growTo(rt, size, size, 'read buffer');
    const buf = new PyByteArray(new Uint8Array(size));
    const n = callMethod(rt, self, 'readinto', [self, buf], null);
    if (n === None) return None;
    return new PyBytes(buf.b.slice(0, Number(n)));
  }, 'Read up to size bytes through readinto(); size -1 reads until EOF.'],
  readall: [(rt, args, kw) => {
    const self = args[0];
    noArgs(self, 'readall', args, kw);
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = callMethod(rt, self, 'read', [self, 8192], null);
      if (chunk === None) return parts.length === 0 ? None : new PyBytes(concatBytes(parts, total));
      const bytes = bytesLike(chunk);
      if (bytes === undefined) throw typeError('read() should return bytes');
      if (bytes.length === 0) return new PyBytes(concatBytes(parts, total));
      total += bytes.length;
      growTo(rt, total, bytes.length, 'bytes');
      parts.push(bytes);
    }
  }, 'Read until EOF, using multiple read() calls.'],
  readinto: [() => {
    throw makeException(NotImplementedErrorType);
  }, 'Read bytes into a pre-allocated writable buffer (implemented by subclasses).'],
  write: [() => {
    throw makeException(NotImplementedErrorType);
  }, 'Write the given buffer to the IO stream (implemented by subclasses).'],
});

// ==================================================================== StringIO

/** Which line endings a StringIO has seen (its `newlines` attribute). */
const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

/** A StringIO: text in a JS string, position and length in code points. */
export class StringIOObject extends PyInstance {
  initialized = false;
  closed = false;
  text = '';
  /** Length in code points. */
  length = 0;
  /** Position in code points (may lie past the end; a write then pads with NULs). */
  pos = 0;
  /** Whether `text` may hold surrogates (then code point and UTF-16 offsets differ). */
  astral = false;
  /** Last code point -> UTF-16 offset conversion, to walk from (sequential reads stay linear). */
  private cacheCp = 0;
  private cacheUnit = 0;
  /** newline=None: \r and \r\n become \n on write. */
  translate = false;
  /** newline=None or '': lines end at \r, \n or \r\n. */
  universal = false;
  /** Line ending readline looks for (when not universal). */
  readNl = '\n';
  /** newline='\r' or '\r\n': written \n become this. */
  writeNl: string | null = null;
  /** Seen line endings (newline=None or ''), else null: `newlines` is None. */
  seen: number | null = null;

  /** UTF-16 offset of code point position `cp` (clamped to the end). */
  unitAt(cp: number): number {
    if (!this.astral) return Math.min(cp, this.text.length);
    const s = this.text;
    let c = 0;
    let u = 0;
    if (cp >= this.cacheCp) {
      c = this.cacheCp;
      u = this.cacheUnit;
    }
    while (c < cp && u < s.length) {
      const ch = s.charCodeAt(u);
      u += ch >= 0xd800 && ch <= 0xdbff && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      c++;
    }
    this.cacheCp = c;
    this.cacheUnit = u;
    return u;
  }

  /** Replaces the whole content. */
  reset(): void {
    this.text = '';
    this.length = 0;
    this.pos = 0;
    this.astral = false;
    this.cacheCp = 0;
    this.cacheUnit = 0;
  }

  /** Forgets cached offsets at or after `cp` (the text there changed). */
  changedFrom(cp: number): void {
    if (cp < this.cacheCp) {
      this.cacheCp = 0;
      this.cacheUnit = 0;
    }
  }
}

function stringIO(self: Value, checkClosed = true): StringIOObject {
  const s = self as StringIOObject;
  if (!s.initialized) throw valueError('I/O operation on uninitialized object');
  if (checkClosed && s.closed) throw valueError('I/O operation on closed file');
  return s;
}

/** Applies the newline translation of the stream to written text. */
function translateNewlines(s: StringIOObject, text: string): string {
  if (s.seen !== null) {
    if (text.includes('\r\n')) s.seen |= SEEN_CRLF;
    if (/\r(?!\n)/.test(text)) s.seen |= SEEN_CR;
    if (/(^|[^\r])\n/.test(text)) s.seen |= SEEN_LF;
    if (s.translate) text = text.replace(/\r\n?/g, '\n');
  }
  if (s.writeNl !== null) text = text.replace(/\n/g, s.writeNl);
  return text;
}

function writeText(rt: Runtime, s: StringIOObject, raw: string): void {
  const text = translateNewlines(s, raw);
  const n = strLen(text);
  if (n === 0) return;
  if (text.length > 64) rt.charge(text.length >> 6);
  if (s.pos > s.length) {
    growTo(rt, (s.text.length + (s.pos - s.length) + text.length) * 2, (s.pos - s.length) * 2, 'StringIO buffer');
    s.text += '\0'.repeat(s.pos - s.length);
    s.length = s.pos;
  }
  const end = s.pos + n;
  if (!s.astral && hasSurrogates(text)) s.astral = true;
  if (s.pos === s.length) {
    growTo(rt, (s.text.length + text.length) * 2, text.length * 2, 'StringIO buffer');
    s.text += text;
  } else {
    const from = s.unitAt(s.pos);
    const to = s.unitAt(Math.min(end, s.length));
    const grown = Math.max(0, text.length - (to - from));
    growTo(rt, (s.text.length + grown) * 2, grown * 2, 'StringIO buffer');
    s.changedFrom(s.pos);
    s.text = s.text.slice(0, from) + text + s.text.slice(to);
  }
  s.pos = end;
  if (end > s.length) s.length = end;
}

/** The text between two code point positions. */
function sliceText(s: StringIOObject, from: number, to: number): string {
  return s.text.slice(s.unitAt(from), s.unitAt(to));
}

function readText(rt: Runtime, s: StringIOObject, size: number): string {
  if (s.pos >= s.length) return '';
  const end = size < 0 ? s.length : Math.min(s.length, s.pos + size);
  const out = sliceText(s, s.pos, end);
  if (out.length > 64) rt.charge(out.length >> 6);
  s.pos = end;
  return out;
}

/** One line from the current position (at most `limit` code points when limit >= 0). */
function readTextLine(rt: Runtime, s: StringIOObject, limit: number): string {
  if (s.pos >= s.length) return '';
  const text = s.text;
  const start = s.unitAt(s.pos);
  let end: number;
  if (s.universal && !s.translate) {
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) break;
      i++;
    }
    end = i >= text.length ? text.length : text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  } else {
    const nl = s.translate ? '\n' : s.readNl;
    const at = text.indexOf(nl, start);
    end = at < 0 ? text.length : at + nl.length;
  }
  let line = text.slice(start, end);
  if (line.length > 64) rt.charge(line.length >> 6);
  let n = s.astral ? strLen(line) : line.length;
  if (limit >= 0 && n > limit) {
    line = s.astral ? codePoints(line).slice(0, limit).join('') : line.slice(0, limit);
    n = limit;
  }
  s.pos += n;
  return line;
}

const stringIOInitSpec = argSpec('StringIO', ['initial_value?', 'newline?']);

/** `StringIO.__init__(initial_value='', newline='\n')`. */
function initStringIO(rt: Runtime, s: StringIOObject, args: Value[], kwnames: string[] | null, skip: number): void {
  const [value, newline] = parseArgs(stringIOInitSpec, args, kwnames, skip);
  const nl = newline === undefined ? '\n' : newline;
  if (nl !== None && typeof nl !== 'string') throw typeError(`newline must be str or None, not ${typeName(nl)}`);
  if (nl !== None && nl !== '' && nl !== '\n' && nl !== '\r' && nl !== '\r\n') {
    throw valueError(`illegal newline value: ${repr(rt, nl)}`);
  }
  let initial = value === undefined ? '' : value;
  if (initial !== None && typeof initial !== 'string') {
    if (!isInstance(initial, StrType)) throw typeError(`initial_value must be str or None, not ${typeName(initial)}`);
    initial = initial.value;
  }
  s.translate = nl === None;
  s.universal = nl === None || nl === '';
  s.readNl = typeof nl === 'string' && nl !== '' ? nl : '\n';
  s.writeNl = nl === '\r' || nl === '\r\n' ? nl : null;
  s.seen = s.universal ? 0 : null;
  s.reset();
  s.closed = false;
  s.initialized = true;
  if (initial !== None && initial !== '') writeText(rt, s, initial);
  s.pos = 0;
}

function newlinesValue(seen: number | null): Value {
  switch (seen) {
    case SEEN_CR: return '\r';
    case SEEN_LF: return '\n';
    case SEEN_CRLF: return '\r\n';
    case SEEN_CR | SEEN_LF: return tuple(['\r', '\n']);
    case SEEN_CR | SEEN_CRLF: return tuple(['\r', '\r\n']);
    case SEEN_LF | SEEN_CRLF: return tuple(['\n', '\r\n']);
    case SEEN_CR | SEEN_LF | SEEN_CRLF: return tuple(['\r', '\n', '\r\n']);
    default: return None;
  }
}

StringIOType.construct = (rt, cls, args, kwnames) => {
  rt.allocate(STREAM_BYTES);
  const s = new StringIOObject(cls);
  initStringIO(rt, s, args, kwnames, 0);
  return s;
};
StringIOType.dict.set('__new__', staticNative('__new__', (rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, StringIOType);
  rt.allocate(STREAM_BYTES);
  return new StringIOObject(cls);
}));

defineDocumented(StringIOType, {
  __init__: [(rt, args, kwnames) => {
    initStringIO(rt, args[0] as StringIOObject, args, kwnames, 1);
    return None;
  }, 'Initialize self. See help(type(self)) for accurate signature.'],
  write: [(rt, args, kw) => {
    const arg = oneArg('StringIO.write', args, kw);
    const s = stringIO(args[0], false);
    const text = typeof arg === 'string' ? arg : isInstance(arg, StrType) ? arg.value : undefined;
    if (text === undefined) throw typeError(`string argument expected, got '${typeName(arg)}'`);
    stringIO(s);
    writeText(rt, s, text);
    return strLen(text);
  }, 'Write string to file.\n\nReturns the number of characters written, which is always equal to the length of the string.'],
  read: [(rt, args, kw) => {
    const size = sizeArg(rt, 'read', args, kw, -1);
    return readText(rt, stringIO(args[0]), size);
  }, 'Read at most size characters, returned as a string.\n\nIf the argument is negative or omitted, read until EOF is reached.'],
  readline: [(rt, args, kw) => {
    const size = sizeArg(rt, 'readline', args, kw, -1);
    return readTextLine(rt, stringIO(args[0]), size);
  }, 'Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.'],
  readlines: [(rt, args, kw) => {
    const self = args[0];
    clinicArgs('StringIO.readlines', 'readlines', args, kw, 0, 1);
    const hint = optionalSize(rt, args[1], -1);
    if (self.cls !== StringIOType) return genericReadlines(rt, self, hint);
    const s = stringIO(self, false);
    if (s.closed) throw valueError('I/O operation on closed file.');
    const lines: Value[] = [];
    let total = 0;
    for (;;) {
      const line = readTextLine(rt, s, -1);
      if (line === '') break;
      if (--rt.ticks < 0) rt.checkpoint();
      lines.push(line);
      total += strLen(line);
      if (hint > 0 && total > hint) break;
    }
    rt.allocate(lines.length * 8);
    return new PyList(lines);
  }, 'Return a list of lines from the stream.\n\nhint can be specified to control the number of lines read.'],
  writelines: [(rt, args, kw) => {
    const self = args[0];
    const lines = oneArg('StringIO.writelines', args, kw);
    checkClosedAttr(rt, self);
    if (self.cls !== StringIOType) {
      iterate(rt, lines, (line) => {
        callMethod(rt, self, 'write', [self, line], null);
      });
      return None;
    }
    iterate(rt, lines, (line) => {
      const text = typeof line === 'string' ? line : isInstance(line, StrType) ? line.value : undefined;
      if (text === undefined) throw typeError(`string argument expected, got '${typeName(line)}'`);
      writeText(rt, stringIO(self), text);
    });
    return None;
  }, 'Write a list of lines to stream. Line separators are not added.'],
  getvalue: [(_rt, args, kw) => {
    noArgs(args[0], 'getvalue', args, kw);
    return stringIO(args[0]).text;
  }, 'Retrieve the entire contents of the object.'],
  tell: [(_rt, args, kw) => {
    noArgs(args[0], 'tell', args, kw);
    return stringIO(args[0]).pos;
  }, 'Tell the current file position.'],
  seek: [(rt, args, kw) => {
    const [pos, whence] = seekArgs(rt, args, kw);
    const s = stringIO(args[0]);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) throw makeException(OSErrorType, "Can't do nonzero cur-relative seeks");
    if (whence === 0) s.pos = pos;
    else if (whence === 2) s.pos = s.length;
    return s.pos;
  }, 'Change stream position.\n\nSeek to character offset pos relative to position indicated by whence:\n' +
    '    0  Start of stream (the default).  pos should be >= 0;\n    1  Current position - pos must be 0;\n' +
    '    2  End of stream - pos must be 0.\nReturns the new absolute position.'],
  truncate: [(rt, args, kw) => {
    clinicArgs('StringIO.truncate', 'truncate', args, kw, 0, 1);
    const s = stringIO(args[0], false);
    const size = optionalSize(rt, args[1], s.pos);
    stringIO(s);
    if (size < 0) throw valueError(`Negative size value ${size}`);
    if (size < s.length) {
      s.changedFrom(size);
      s.text = sliceText(s, 0, size);
      s.length = size;
    }
    return size;
  }, 'Truncate size to pos.\n\nThe pos argument defaults to the current file position, as returned by tell().\n' +
    'The current file position is unchanged.  Returns the new absolute position.'],
  close: [(_rt, args, kw) => {
    noArgs(args[0], 'close', args, kw);
    const s = args[0] as StringIOObject;
    s.closed = true;
    s.reset();
    return None;
  }, 'Close the IO object.\n\nAttempting any further operation after the object is closed will raise a ValueError.'],
  readable: [(_rt, args, kw) => (noArgs(args[0], 'readable', args, kw), stringIO(args[0]), true),
    'Returns True if the IO object can be read.'],
  writable: [(_rt, args, kw) => (noArgs(args[0], 'writable', args, kw), stringIO(args[0]), true),
    'Returns True if the IO object can be written.'],
  seekable: [(_rt, args, kw) => (noArgs(args[0], 'seekable', args, kw), stringIO(args[0]), true),
    'Returns True if the IO object can be seeked.'],
  flush: [(_rt, args, kw) => (noArgs(args[0], 'flush', args, kw), None), 'Does nothing (there is no buffer to flush).'],
  __next__: [(rt, args, kw) => {
    noArgs(args[0], '__next__', args, kw);
    const self = args[0];
    const s = stringIO(self);
    let line: Value;
    if (self.cls === StringIOType) line = readTextLine(rt, s, -1);
    else {
      line = callMethod(rt, self, 'readline', [self], null);
      if (typeof line !== 'string' && !isInstance(line, StrType)) {
        throw makeException(OSErrorType, `readline() should have returned a str object, not '${typeName(line)}'`);
      }
    }
    if (line === '' || (typeof line !== 'string' && line.value === '')) throw stopIteration(None);
    return line;
  }, 'Implement next(self).'],
});
defineGetSets(StringIOType, {
  closed: (_rt, self) => stringIO(self, false).closed,
  line_buffering: (_rt, self) => (stringIO(self), false),
  newlines: (_rt, self) => newlinesValue(stringIO(self).seen),
});

// ===================================================================== BytesIO

/** A BytesIO: `size` bytes used in `buf` (which may be larger), position `pos`. */
export class BytesIOObject extends PyInstance {
  buf = new Uint8Array(0);
  size = 0;
  pos = 0;
  closed = false;

  /** Makes room for `n` bytes in total, checking the limits first. */
  reserve(rt: Runtime, n: number): void {
    if (n <= this.buf.length) return;
    const capacity = Math.max(n, Math.min(this.buf.length * 2, n + (1 << 24)), 64);
    growTo(rt, n, capacity - this.buf.length, 'BytesIO buffer');
    const grown = new Uint8Array(capacity);
    grown.set(this.buf.subarray(0, this.size));
    this.buf = grown;
  }
}

function bytesIO(self: Value): BytesIOObject {
  const b = self as BytesIOObject;
  if (b.closed) throw valueError('I/O operation on closed file.');
  return b;
}

function writeBytes(rt: Runtime, b: BytesIOObject, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0;
  if (n > 256) rt.charge(n >> 8);
  const end = b.pos + n;
  b.reserve(rt, end);
  // Writing past the end leaves zeros in between (a fresh buffer is zero-filled; a truncated one is cleared).
  if (b.pos > b.size) b.buf.fill(0, b.size, b.pos);
  b.buf.set(data, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

function readBytes(rt: Runtime, b: BytesIOObject, size: number): PyBytes {
  const available = Math.max(0, b.size - b.pos);
  const n = size < 0 || size > available ? available : size;
  if (n > 256) rt.charge(n >> 8);
  const out = b.buf.slice(b.pos, b.pos + n);
  b.pos += n;
  return new PyBytes(out);
}

/** Length of the line at the current position (through the next \n, at most `limit` when limit >= 0). */
function lineLength(b: BytesIOObject, limit: number): number {
  if (b.pos >= b.size) return 0;
  const at = b.buf.subarray(0, b.size).indexOf(0x0a, b.pos);
  let n = (at < 0 ? b.size : at + 1) - b.pos;
  if (limit >= 0 && n > limit) n = limit;
  return n;
}

function bytesArg(v: Value): Uint8Array {
  const data = bytesLike(v);
  if (data === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return data;
}

const bytesIOInitSpec = argSpec('BytesIO', ['initial_bytes?']);

function initBytesIO(rt: Runtime, b: BytesIOObject, args: Value[], kwnames: string[] | null, skip: number): void {
  const [initial] = parseArgs(bytesIOInitSpec, args, kwnames, skip);
  const data = initial === undefined || initial === None ? new Uint8Array(0) : bytesArg(initial);
  b.size = 0;
  b.pos = 0;
  if (data.length > 0) writeBytes(rt, b, data);
  b.pos = 0;
}

BytesIOType.construct = (rt, cls, args, kwnames) => {
  rt.allocate(STREAM_BYTES);
  const b = new BytesIOObject(cls);
  initBytesIO(rt, b, args, kwnames, 0);
  return b;
};
BytesIOType.dict.set('__new__', staticNative('__new__', (rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, BytesIOType);
  rt.allocate(STREAM_BYTES);
  return new BytesIOObject(cls);
}));

/** `readlines(size=None)` of BytesIO (it stops once `size` bytes are collected). */
function bytesReadlines(rt: Runtime, args: Value[], kw: string[] | null): PyList {
  clinicArgs('BytesIO.readlines', 'readlines', args, kw, 0, 1);
  const hint = args[1];
  let max = -1;
  if (hint !== undefined && hint !== None) {
    const i = indexValue(rt, hint);
    if (i === undefined) throw typeError(`integer argument expected, got '${typeName(hint)}'`);
    max = Number(i);
  }
  const b = bytesIO(args[0]);
  const lines: Value[] = [];
  let total = 0;
  for (;;) {
    const n = lineLength(b, -1);
    if (n === 0) break;
    if (--rt.ticks < 0) rt.checkpoint();
    lines.push(readBytes(rt, b, n));
    total += n;
    if (max > 0 && total >= max) break;
  }
  rt.allocate(lines.length * 8);
  return new PyList(lines);
}

defineDocumented(BytesIOType, {
  __init__: [(rt, args, kwnames) => {
    initBytesIO(rt, args[0] as BytesIOObject, args, kwnames, 1);
    return None;
  }, 'Initialize self. See help(type(self)) for accurate signature.'],
  write: [(rt, args, kw) => {
    const arg = oneArg('BytesIO.write', args, kw);
    const b = bytesIO(args[0]);
    return writeBytes(rt, b, bytesArg(arg));
  }, 'Write bytes to file.\n\nReturn the number of bytes written.'],
  writelines: [(rt, args, kw) => {
    const lines = oneArg('BytesIO.writelines', args, kw);
    const b = bytesIO(args[0]);
    iterate(rt, lines, (line) => {
      writeBytes(rt, bytesIO(b), bytesArg(line));
    });
    return None;
  }, 'Write lines to the file.\n\nNote that newlines are not added. lines can be any iterable object producing bytes-like objects.'],
  read: [(rt, args, kw) => {
    const size = sizeArg(rt, 'read', args, kw, -1);
    return readBytes(rt, bytesIO(args[0]), size);
  }, 'Read at most size bytes, returned as a bytes object.\n\nIf the size argument is negative, read until EOF is reached.'],
  read1: [(rt, args, kw) => {
    const size = sizeArg(rt, 'read1', args, kw, -1);
    return readBytes(rt, bytesIO(args[0]), size);
  }, 'Read at most size bytes, returned as a bytes object (same as read() for BytesIO).'],
  readline: [(rt, args, kw) => {
    const size = sizeArg(rt, 'readline', args, kw, -1);
    const b = bytesIO(args[0]);
    return readBytes(rt, b, lineLength(b, size));
  }, 'Next line from the file, as a bytes object.\n\nRetain newline.  A non-negative size argument limits the maximum\n' +
    'number of bytes to return (an incomplete line may be returned then).\nReturn an empty bytes object at EOF.'],
  readlines: [bytesReadlines, 'List of bytes objects, each a line from the file.\n\n' +
    'Call readline() repeatedly and return a list of the lines so read.\nThe optional size argument, if given, is an approximate bound on the\n' +
    'total number of bytes in the lines returned.'],
  readinto: [(_rt, args, kw) => {
    const target = oneArg('BytesIO.readinto', args, kw);
    if (!(target instanceof PyByteArray)) {
      throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
    }
    const b = bytesIO(args[0]);
    const n = Math.max(0, Math.min(target.b.length, b.size - b.pos));
    target.b.set(b.buf.subarray(b.pos, b.pos + n));
    b.pos += n;
    return n;
  }, 'Read bytes into buffer.\n\nReturns number of bytes read (0 for EOF).'],
  getvalue: [(_rt, args, kw) => {
    noArgs(args[0], 'getvalue', args, kw);
    const b = bytesIO(args[0]);
    return new PyBytes(b.buf.slice(0, b.size));
  }, 'Retrieve the entire contents of the BytesIO object.'],
  tell: [(_rt, args, kw) => {
    noArgs(args[0], 'tell', args, kw);
    return bytesIO(args[0]).pos;
  }, 'Current file position, an integer.'],
  seek: [(rt, args, kw) => {
    let [pos, whence] = seekArgs(rt, args, kw);
    const b = bytesIO(args[0]);
    if (pos < 0 && whence === 0) throw valueError(`negative seek value ${pos}`);
    if (whence === 1) pos += b.pos;
    else if (whence === 2) pos += b.size;
    else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos > Number.MAX_SAFE_INTEGER) throw overflowError('new position too large');
    b.pos = Math.max(0, pos);
    return b.pos;
  }, 'Change stream position.\n\nSeek to byte offset pos relative to position indicated by whence:\n' +
    '     0  Start of stream (the default).  pos should be >= 0;\n     1  Current position - pos may be negative;\n' +
    '     2  End of stream - pos usually negative.\nReturns the new absolute position.'],
  truncate: [(rt, args, kw) => {
    clinicArgs('BytesIO.truncate', 'truncate', args, kw, 0, 1);
    const b = args[0] as BytesIOObject;
    const size = optionalSize(rt, args[1], b.pos);
    bytesIO(b);
    if (size < 0) throw valueError(`negative size value ${size}`);
    if (size < b.size) b.size = size;
    return size;
  }, 'Truncate the file to at most size bytes.\n\nSize defaults to the current file position, as returned by tell().\n' +
    'The current file position is unchanged.  Returns the new size.'],
  close: [(_rt, args, kw) => {
    noArgs(args[0], 'close', args, kw);
    const b = args[0] as BytesIOObject;
    b.closed = true;
    b.buf = new Uint8Array(0);
    b.size = 0;
    return None;
  }, 'Disable all I/O operations.'],
  readable: [(_rt, args, kw) => (noArgs(args[0], 'readable', args, kw), bytesIO(args[0]), true),
    'Returns True if the IO object can be read.'],
  writable: [(_rt, args, kw) => (noArgs(args[0], 'writable', args, kw), bytesIO(args[0]), true),
    'Returns True if the IO object can be written.'],
  seekable: [(_rt, args, kw) => (noArgs(args[0], 'seekable', args, kw), bytesIO(args[0]), true),
    'Returns True if the IO object can be seeked.'],
  flush: [(_rt, args, kw) => (noArgs(args[0], 'flush', args, kw), bytesIO(args[0]), None), 'Does nothing.'],
  isatty: [(_rt, args, kw) => (noArgs(args[0], 'isatty', args, kw), bytesIO(args[0]), false),
    'Always False.\n\nBytesIO objects are not connected to a TTY-like device.'],
  __iter__: [(_rt, args, kw) => (noArgs(args[0], '__iter__', args, kw), args[0]), 'Implement iter(self).'],
  __next__: [(rt, args, kw) => {
    noArgs(args[0], '__next__', args, kw);
    const b = bytesIO(args[0]);
    const n = lineLength(b, -1);
    if (n === 0) throw stopIteration(None);
    return readBytes(rt, b, n);
  }, 'Implement next(self).'],
});
defineGetSets(BytesIOType, { closed: (_rt, self) => (self as BytesIOObject).closed });

// ====================================================================== module

export const modules: ModuleDef[] = [{
  name: 'io',
  summary: 'In-memory text and binary streams: StringIO, BytesIO (no file access).',
  build: () => ({
    __doc__: 'In-memory streams.\n\nStringIO is a text stream and BytesIO a binary stream, both kept in memory;\n' +
      'they support read/readline/readlines/write/writelines/getvalue/seek/tell/truncate/close,\n' +
      'iteration over lines and the with statement. open() is not available (no file system).',
    StringIO: StringIOType,
    BytesIO: BytesIOType,
    IOBase: IOBaseType,
    TextIOBase: TextIOBaseType,
    BufferedIOBase: BufferedIOBaseType,
    RawIOBase: RawIOBaseType,
    UnsupportedOperation: UnsupportedOperationType,
    BlockingIOError: BlockingIOErrorType,
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
    DEFAULT_BUFFER_SIZE: 8192,
  }),
}];
