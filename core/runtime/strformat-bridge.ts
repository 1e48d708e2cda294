/**
 * Connects the pure formatting engines (percent.ts, strformat.ts) to the
 * interpreter: the hooks give them str/repr/format and attribute/item access,
 * always through Sandling's own protocols (never JS property access).
 */
import { PyBoxed, PyObject, type Value } from './object.js';
import { None } from './types.js';
import { overflowError, typeError } from './exceptions.js';
import { PyFloat, PyTuple } from './values.js';
import { intFromFloat, type Int } from './int.js';
import { ascii, callSpecial, lookupSpecial, repr, str, typeName } from './ops.js';
import { getAttr } from './attrs.js';
import { getItem } from './subscript.js';
import { formatValue } from './format.js';
import { percentFormat, strFormat, type FormatHooks, type FormatKwargs, type PercentHooks } from './numfmt.js';
import type { Runtime } from './runtime.js';

function intOrIndex(rt: Runtime, v: Value, allowInt: boolean): Int | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint')) return v.value;
  if (v instanceof PyFloat) return allowInt ? (Number.isFinite(v.v) ? intFromFloat(v.v) : null) : null;
  if (v instanceof PyObject) {
    const names = allowInt ? ['__int__', '__index__'] : ['__index__'];
    for (const n of names) {
      const fn = lookupSpecial(v, n);
      if (fn !== undefined && fn !== None) {
        const r = callSpecial(rt, v, fn, []);
        if (typeof r === 'number' || typeof r === 'bigint') return r;
        if (typeof r === 'boolean') return r ? 1 : 0;
        throw typeError(`${n} returned non-int (type ${typeName(r)})`);
      }
    }
  }
  return null;
}

function floatOfValue(rt: Runtime, v: Value): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
    return f;
  }
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyBoxed) return floatOfValue(rt, v.value);
  if (v instanceof PyObject) {
    const fn = lookupSpecial(v, '__float__');
    if (fn !== undefined && fn !== None) {
      const r = callSpecial(rt, v, fn, []);
      if (r instanceof PyFloat) return r.v;
      throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    }
    const i = intOrIndex(rt, v, false);
    if (i !== null) return Number(i);
  }
  return null;
}

export function percentHooks(rt: Runtime): PercentHooks {
  return {
    str: (v) => str(rt, v),
    repr: (v) => repr(rt, v),
    ascii: (v) => ascii(rt, v),
    isMapping: (v) => typeof v === 'object' && !(v instanceof PyTuple) && !(v instanceof PyBoxed && typeof v.value === 'string') &&
      lookupSpecial(v, '__getitem__') !== undefined,
    getItem: (m, key) => getItem(rt, m, key),
    isTuple: (v) => v instanceof PyTuple,
    tupleItems: (v) => (v as PyTuple).items,
    toInt: (v, conv) => {
      const allowInt = conv === 'd' || conv === 'i' || conv === 'u';
      const r = intOrIndex(rt, v, allowInt);
      if (r === null) {
        throw typeError(allowInt
          ? `%${conv} format: a real number is required, not ${typeName(v)}`
          : `%${conv} format: an integer is required, not ${typeName(v)}`);
      }
      return r;
    },
    toFloat: (v) => {
      const r = floatOfValue(rt, v);
      if (r === null) throw typeError(`must be real number, not ${typeName(v)}`);
      return r;
    },
    charOf: (v) => {
      if (typeof v === 'string') {
        if ([...v].length !== 1) throw typeError('%c requires int or char');
        return v;
      }
      const i = intOrIndex(rt, v, false);
      if (i === null) throw typeError('%c requires int or char');
      if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
      return String.fromCodePoint(i);
    },
    checkSize: (n) => rt.checkValueSize(n * 2, 'formatted string'),
  };
}

export function formatHooks(rt: Runtime): FormatHooks {
  return {
    format: (v, spec) => formatValue(rt, v, spec),
    str: (v) => str(rt, v),
    repr: (v) => repr(rt, v),
    ascii: (v) => ascii(rt, v),
    getAttr: (v, name) => getAttr(rt, v, name),
    getItem: (v, key) => getItem(rt, v, key),
  };
}

/** `fmt % args` for str. */
export function percentFormatValue(rt: Runtime, fmt: string, args: Value): string {
  return percentFormat(fmt, args, percentHooks(rt));
}

/** `fmt.format(*args, **kwargs)`. */
export function strFormatValue(rt: Runtime, fmt: string, args: Value[], kwargs: FormatKwargs): string {
  return strFormat(fmt, args, kwargs, formatHooks(rt));
}
