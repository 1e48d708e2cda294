/**
 * The `format(value, spec)` protocol (`__format__`), shared by `format()`,
 * f-strings and `str.format`.
 */
import { PyBoxed, PyObject, type Value } from './object.js';
import { None } from './types.js';
import { typeError } from './exceptions.js';
import { PyFloat } from './values.js';
import { PyBuiltin } from './function.js';
import { callSpecial, str, typeName } from './ops.js';
import { formatFloat, formatInt, formatSpecWidth, formatStr } from './numfmt.js';
import type { Runtime } from './runtime.js';

/** `format(v, spec)`. */
export function formatValue(rt: Runtime, v: Value, spec: string): string {
  // Refuse huge widths/precisions before anything is built (f'{1:>1000000000}').
  if (spec.length > 3) {
    const n = formatSpecWidth(spec);
    if (n > 4096) rt.checkValueSize(n * 2, 'formatted value');
  }
  switch (typeof v) {
    case 'string':
      return spec === '' ? v : formatStr(v, spec);
    case 'number':
    case 'bigint':
      return formatInt(v, spec);
    case 'boolean':
      return formatInt(v, spec);
  }
  if (v instanceof PyFloat) return formatFloat(v.v, spec);
  const cls = (v as PyObject).cls;
  if (!cls.builtin) {
    const fn = cls.lookup('__format__');
    if (fn !== undefined && fn !== None && !(fn instanceof PyBuiltin && fn.objclass === null)) {
      if (!(fn instanceof PyBuiltin)) {
        const r = callSpecial(rt, v, fn, [spec]);
        if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeName(r)}`);
        return r;
      }
      if (v instanceof PyBoxed && fn.objclass !== null && fn.objclass.name !== 'object') return formatValue(rt, v.value, spec);
    }
  }
  return objectFormat(rt, v, spec);
}

/** object.__format__: only the empty spec is allowed. */
export function objectFormat(rt: Runtime, v: Value, spec: string): string {
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(rt, v);
}
