/**
 * Byte-sequence primitives shared by bytes, bytearray and the `in` operator.
 */

/** Index of `needle` in `hay[start:end]`, or -1. */
export function bytesFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const n = needle.length;
  if (n === 0) return start <= end ? start : -1;
  outer: for (let i = start; i + n <= end; i++) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
