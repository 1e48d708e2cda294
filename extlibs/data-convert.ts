/**
 * Building script values from data parsed by a library (TOML, YAML): every
 * node is charged to the run's budget and memory account, nesting counts
 * against the recursion limit, and dates become `datetime` objects. Parsed
 * data is hostile input: nothing here trusts its size or shape.
 */
import type { Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { None } from '../core/runtime/types.js';
import { PyFloat, PyList } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import { normBig } from '../core/runtime/int.js';
import { getAttr } from '../core/runtime/attrs.js';
import { callValue } from '../core/runtime/call.js';
import type { ModuleContext } from '../core/modules.js';

/** Rough bytes charged per converted node (matches the core's small-object estimate). */
const NODE_BYTES = 64;

/** A date/time value independent of the parser that produced it. */
export interface DateParts {
  kind: 'date' | 'time' | 'datetime';
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  microsecond?: number;
  /** UTC offset in minutes; undefined for local (naive) values. */
  offsetMinutes?: number;
}

const ISO = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:[Tt ]?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/;

/** Parses an RFC 3339 / YAML timestamp text into parts, or null. */
export function parseDateText(text: string): DateParts | null {
  const m = ISO.exec(text.trim());
  if (m === null || (m[1] === undefined && m[4] === undefined)) return null;
  const num = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  const parts: DateParts = {
    kind: m[1] === undefined ? 'time' : m[4] === undefined ? 'date' : 'datetime',
    year: num(m[1]), month: num(m[2]), day: num(m[3]),
    hour: num(m[4]), minute: num(m[5]), second: num(m[6]),
    microsecond: m[7] === undefined ? 0 : Number(m[7].slice(0, 6).padEnd(6, '0')),
  };
  const z = m[8];
  if (z !== undefined) {
    if (z === 'Z' || z === 'z') parts.offsetMinutes = 0;
    else {
      const sign = z[0] === '-' ? -1 : 1;
      const digits = z.slice(1).replace(':', '');
      parts.offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
  }
  return parts;
}

/** Creates script values for one conversion (one parse result). */
export class ScriptDataBuilder {
  private datetimeModule: Value | null = null;
  constructor(private readonly rt: Runtime, private readonly ctx: ModuleContext) {}

  /** Charges one node; call for every value created. */
  charge(): void {
    this.rt.charge(1);
    this.rt.allocate(NODE_BYTES);
  }

  int(v: number | bigint): Value {
    this.charge();
    return typeof v === 'bigint' ? normBig(v) : v;
  }

  float(v: number): Value {
    this.charge();
    return new PyFloat(v);
  }

  str(s: string): Value {
    this.rt.checkValueSize(s.length * 2, 'string');
    this.rt.allocate(s.length);
    return s;
  }

  none(): Value {
    return None;
  }

  list(items: Value[]): PyList {
    this.charge();
    this.rt.allocate(items.length * 8);
    return new PyList(items);
  }

  dict(): PyDict {
    this.charge();
    return new PyDict();
  }

  /** Sets a key, charging the entry. */
  set(d: PyDict, k: Value, v: Value): void {
    this.rt.allocate(16);
    d.set(this.rt, k, v);
  }

  /** Runs `fn` one nesting level deeper (counts against the recursion limit). */
  nested<T>(fn: () => T): T {
    this.rt.enter();
    try {
      return fn();
    } finally {
      this.rt.leave();
    }
  }

  /** A `datetime.date`, `datetime.time` or `datetime.datetime` for the parts. */
  date(p: DateParts): Value {
    this.charge();
    const rt = this.rt;
    this.datetimeModule ??= this.ctx.importModule(rt, 'datetime');
    const dt = this.datetimeModule;
    const cls = getAttr(rt, dt, p.kind);
    const args: Value[] = p.kind === 'time'
      ? [p.hour!, p.minute!, p.second!, p.microsecond!]
      : p.kind === 'date'
        ? [p.year!, p.month!, p.day!]
        : [p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!, p.microsecond!];
    if (p.offsetMinutes === undefined || p.kind === 'date') return callValue(rt, cls, args, null);
    const delta = callValue(rt, getAttr(rt, dt, 'timedelta'), [p.offsetMinutes], ['minutes']);
    const tz = callValue(rt, getAttr(rt, dt, 'timezone'), [delta], null);
    return callValue(rt, cls, [...args, tz], ['tzinfo']);
  }
}
