/**
 * The one argument parser for native functions and methods. A spec is written
 * like a Python signature: `argSpec('sorted', ['iterable', '/', '*', 'key?', 'reverse?'])`
 * where `?` marks an optional parameter, `/` ends the positional-only ones and
 * `*` starts the keyword-only ones. Error messages follow CPython's Argument
 * Clinic wording, so argument errors read the same in every builtin.
 */
import { typeError } from './exceptions.js';
import type { Value } from './object.js';

export interface ArgSpec {
  /** Name used in messages, e.g. `split` or `str.split`. */
  readonly fname: string;
  readonly names: string[];
  readonly required: number;
  /** Parameters before this index cannot be passed by keyword. */
  readonly posOnly: number;
  /** Parameters from this index on cannot be passed positionally. */
  readonly kwOnly: number;
}

export function argSpec(fname: string, params: string[]): ArgSpec {
  const names: string[] = [];
  let required = 0;
  let posOnly = 0;
  let kwOnly = -1;
  for (const p of params) {
    if (p === '/') posOnly = names.length;
    else if (p === '*') kwOnly = names.length;
    else if (p.endsWith('?')) names.push(p.slice(0, -1));
    else {
      names.push(p);
      required = names.length;
    }
  }
  return { fname, names, required, posOnly, kwOnly: kwOnly < 0 ? names.length : kwOnly };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Matches `args`/`kwnames` (vectorcall form) against `spec`, skipping the first
 * `skip` positional values (a method's `self`). Returns one entry per parameter,
 * `undefined` for optional parameters that were not passed.
 */
export function parseArgs(spec: ArgSpec, args: Value[], kwnames: string[] | null, skip = 0): Value[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw - skip;
  const { names, fname } = spec;
  if (npos > spec.kwOnly) {
    if (spec.kwOnly === 0) throw typeError(`${fname}() takes no positional arguments`);
    if (spec.kwOnly === spec.required) {
      throw typeError(spec.kwOnly === 1
        ? `${fname}() takes exactly one argument (${npos} given)`
        : `${fname}() takes exactly ${plural(spec.kwOnly, 'argument')} (${npos} given)`);
    }
    throw typeError(`${fname}() takes at most ${plural(spec.kwOnly, 'argument')} (${npos} given)`);
  }
  const out: Value[] = new Array(names.length);
  for (let i = 0; i < npos; i++) out[i] = args[skip + i];
  if (nkw > 0) {
    if (spec.posOnly === names.length && spec.kwOnly === names.length) {
      throw typeError(`${fname}() takes no keyword arguments`);
    }
    const base = args.length - nkw;
    for (let k = 0; k < nkw; k++) {
      const kw = kwnames![k];
      const idx = names.indexOf(kw);
      if (idx < 0 || idx < spec.posOnly) {
        throw typeError(`'${kw}' is an invalid keyword argument for ${fname}()`);
      }
      if (out[idx] !== undefined) {
        throw typeError(`argument for ${fname}() given by name ('${kw}') and position (${idx + 1})`);
      }
      out[idx] = args[base + k];
    }
  }
  for (let i = 0; i < spec.required; i++) {
    if (out[i] === undefined) {
      if (i < spec.kwOnly && nkw === 0 && spec.required === spec.kwOnly && spec.required === names.length) {
        throw typeError(spec.required === 1
          ? `${fname}() takes exactly one argument (${npos} given)`
          : `${fname}() takes exactly ${plural(spec.required, 'argument')} (${npos} given)`);
      }
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** For natives that take no arguments besides `self`. */
export function noArgs(fname: string, args: Value[], kwnames: string[] | null, skip = 1): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
  const n = args.length - skip;
  if (n !== 0) throw typeError(`${fname}() takes no arguments (${n} given)`);
}

/** For natives that take no keyword arguments. */
export function noKwargs(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}
