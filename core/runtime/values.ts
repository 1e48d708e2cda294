/**
 * JS representations of the simple builtin value types: float, list, tuple,
 * range, slice, bytes and bytearray. Behaviour (methods, operators) lives in
 * the modules that fill each type's method table; this module only defines
 * shapes, so that everything else can import it without cycles.
 */
import { PyObject, type Value } from './object.js';
import {
  ByteArrayType, BytesType, FloatType, ListType, RangeType, SliceType, TupleType,
} from './types.js';

/** A Python float. Ints never use this class: an int is a JS number/bigint. */
export class PyFloat extends PyObject {
  constructor(readonly v: number) {
    super();
  }
}
PyFloat.prototype.cls = FloatType;

/** A Python list. Subclass instances set their own `cls` and `dict`. */
export class PyList extends PyObject {
  declare dict?: Map<string, Value>;
  constructor(public items: Value[]) {
    super();
  }
}
PyList.prototype.cls = ListType;

/** A Python tuple; `items` is never mutated after creation. */
export class PyTuple extends PyObject {
  declare dict?: Map<string, Value>;
  /** Cached internal hash (see hashing.ts), computed on first use. */
  hashCache: number | undefined = undefined;
  constructor(readonly items: Value[]) {
    super();
  }
}
PyTuple.prototype.cls = TupleType;

export const EMPTY_TUPLE = new PyTuple([]);

/** Makes a tuple, reusing the shared empty tuple. */
export function tuple(items: Value[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

/** A Python range; bounds are ints (number or bigint). */
export class PyRange extends PyObject {
  constructor(readonly start: Value, readonly stop: Value, readonly step: Value) {
    super();
  }
}
PyRange.prototype.cls = RangeType;

/** A Python slice object; members are any values (usually ints or None). */
export class PySlice extends PyObject {
  constructor(readonly start: Value, readonly stop: Value, readonly step: Value) {
    super();
  }
}
PySlice.prototype.cls = SliceType;

/** A Python bytes object; `b` is never mutated after creation. */
export class PyBytes extends PyObject {
  constructor(readonly b: Uint8Array) {
    super();
  }
}
PyBytes.prototype.cls = BytesType;

/** A Python bytearray: a growable byte buffer (`b` holds `len` used bytes). */
export class PyByteArray extends PyObject {
  declare dict?: Map<string, Value>;
  constructor(public b: Uint8Array) {
    super();
  }
}
PyByteArray.prototype.cls = ByteArrayType;
