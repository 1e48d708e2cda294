// Codecs against CPython 3.11: test/fixtures/codecs.json was produced by python3 running
// test/fixtures/gen-str-bytes.py (regenerate it there, then rerun these tests).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeStr, lookupCodec, utf8Decode, utf8Encode } from '../core/runtime/codecs.js';
import { PyBaseException } from '../core/runtime/exceptions.js';
import { PyBytes } from '../core/runtime/values.js';

interface Case {
  op: 'encode' | 'decode';
  in: string;
  enc: string;
  errors: string;
  out?: unknown;
  err?: [string, string];
}

const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(join(here, 'fixtures', 'codecs.json'), 'utf8')) as { cases: Case[] };

function hex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function caught(fn: () => unknown): PyBaseException {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
  throw new Error('expected a Python exception');
}

function run(c: Case): { out?: unknown; err?: [string, string] } {
  try {
    if (c.op === 'encode') return { out: { bytes: toHex(encodeStr(c.in, c.enc, c.errors)) } };
    return { out: decodeBytes(hex(c.in), c.enc, c.errors) };
  } catch (e) {
    if (e instanceof PyBaseException) return { err: [e.cls.name, String(e.args.items[0])] };
    throw e;
  }
}

/** Accepted differences from CPython (by case JSON), with the reason. */
const KNOWN = new Map<string, string>();

describe('codecs against CPython 3.11', () => {
  it('matches every fixture case', () => {
    const failures: string[] = [];
    for (const c of fixture.cases) {
      const want = c.err !== undefined ? { err: c.err } : { out: c.out };
      const got = run(c);
      const k = JSON.stringify([c.op, c.in, c.enc, c.errors]);
      if (JSON.stringify(got) !== JSON.stringify(want) && !KNOWN.has(k)) {
        failures.push(`${k}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
      }
    }
    expect(failures.slice(0, 40).join('\n'), `${failures.length} failures`).toBe('');
  });
});

describe('codec details', () => {
  it('UnicodeDecodeError carries encoding, object, start, end, reason', () => {
    const e = caught(() => decodeBytes(hex('61e282'), 'utf-8', 'strict'));
    expect(e.cls.name).toBe('UnicodeDecodeError');
    expect(e.args.items[0]).toBe("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    expect(e.dict.get('encoding')).toBe('utf-8');
    expect(e.dict.get('start')).toBe(1);
    expect(e.dict.get('end')).toBe(3);
    expect(e.dict.get('reason')).toBe('unexpected end of data');
    expect(e.dict.get('object')).toBeInstanceOf(PyBytes);
  });
  it('UnicodeEncodeError reports code point positions', () => {
    const e = caught(() => encodeStr('😀é', 'ascii', 'strict'));
    expect(e.args.items[0]).toBe("'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
    expect(e.dict.get('object')).toBe('😀é');
    const s = caught(() => utf8Encode('a\ud800'));
    expect(s.args.items[0]).toBe("'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed");
  });
  it('unknown encodings and error handlers', () => {
    expect(caught(() => encodeStr('a', 'xyz', 'strict')).args.items[0]).toBe('unknown encoding: xyz');
    expect(caught(() => lookupCodec('hex', false)).args.items[0])
      .toBe("'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
    // the handler is only looked up when an error happens
    expect(decodeBytes(hex('61'), 'utf-8', 'bogus')).toBe('a');
    expect(caught(() => decodeBytes(hex('ff'), 'utf-8', 'bogus')).args.items[0]).toBe("unknown error handler name 'bogus'");
  });
  it('keeps a UTF-8 BOM unless utf-8-sig', () => {
    expect(utf8Decode(hex('efbbbf61'))).toBe('\ufeffa');
    expect(decodeBytes(hex('efbbbf61'), 'utf-8-sig', 'strict')).toBe('a');
  });
  it('round-trips large texts through the fast paths', () => {
    const text = 'héllo wörld 😀 \u0800 '.repeat(5000);
    expect(utf8Decode(utf8Encode(text))).toBe(text);
    expect(decodeBytes(encodeStr(text, 'utf-16', 'strict'), 'utf-16', 'strict')).toBe(text);
    expect(decodeBytes(encodeStr(text, 'utf-32-be', 'strict'), 'utf-32-be', 'strict')).toBe(text);
    const bytes = new Uint8Array(100000).map((_, i) => i & 0xff);
    expect(toHex(encodeStr(decodeBytes(bytes, 'latin-1', 'strict'), 'latin-1', 'strict'))).toBe(toHex(bytes));
    expect(toHex(encodeStr(decodeBytes(bytes, 'utf-8', 'surrogateescape'), 'utf-8', 'surrogateescape'))).toBe(toHex(bytes));
  });
});
