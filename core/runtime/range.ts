/**
 * range objects: lazy arithmetic progressions over ints (number or bigint).
 */
import { big, intAdd, intFloorDiv, intMul, intSign, intSub, normBig, type Int } from './int.js';
import { PyRange } from './values.js';

/** Number of elements (as a JS number; ranges longer than 2^53 report a bigint-safe clamp). */
export function rangeLength(r: PyRange): number {
  const n = rangeLengthInt(r);
  return typeof n === 'number' ? n : Number.MAX_SAFE_INTEGER;
}

/** Exact number of elements. */
export function rangeLengthInt(r: PyRange): Int {
  const { start, stop, step } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const s = big(start), e = big(stop), st = big(step);
  if (st > 0n) return s < e ? normBig((e - s - 1n) / st + 1n) : 0;
  return s > e ? normBig((s - e - 1n) / -st + 1n) : 0;
}

/** The i-th element for 0 <= i < length. */
export function rangeItem(r: PyRange, i: Int): Int {
  return intAdd(r.start, intMul(r.step, i));
}

/** Whether int `v` is an element. */
export function rangeContains(r: PyRange, v: Int): boolean {
  const { start, stop, step } = r;
  if (intSign(step) > 0) {
    if (intSign(intSub(v, start)) < 0 || intSign(intSub(v, stop)) >= 0) return false;
  } else if (intSign(intSub(v, start)) > 0 || intSign(intSub(v, stop)) <= 0) {
    return false;
  }
  const off = intSub(v, start);
  return intSign(intSub(off, intMul(intFloorDiv(off, step), step))) === 0;
}
