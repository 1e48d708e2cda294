/**
 * Number and string formatting for Sandling, exactly like CPython 3.11. This
 * module gathers the formatting API; each part lives in its own module:
 *   - floatrepr.ts:  repr(float), correctly rounded float digits, float(str),
 *                    float.hex/fromhex, round(x, n), as_integer_ratio;
 *   - formatspec.ts: the format-spec mini-language for int, float and str;
 *   - percent.ts:    printf-style `str % args`;
 *   - strformat.ts:  the `str.format` engine and its field-name parser.
 * Everything is a pure function; anything that needs the interpreter (str(),
 * repr(), attribute and item access, __format__) comes in through hooks.
 */
export {
  floatRepr, doubleToString, DTSF_SIGN, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0,
  parseFloatLiteral, floatFromHex, floatToHex, roundFloat, floatAsIntegerRatio, decimalValue,
} from './floatrepr.js';
export {
  parseFormatSpec, formatSpecWidth, formatInt, formatIntSpec, formatFloat, formatStr,
  type FormatSpec, type SpecKind,
} from './formatspec.js';
export { percentFormat, type PercentHooks } from './percent.js';
export {
  strFormat, parseFieldName, type FormatHooks, type FormatKwargs, type FieldName, type FieldPart,
} from './strformat.js';
