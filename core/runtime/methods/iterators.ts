/**
 * Method tables of generators and the builtin iterator types: `__iter__`,
 * `__next__` (raising StopIteration at the boundary), `send`, `throw`, `close`.
 */
import type { Value } from '../object.js';
import { PyClass } from '../object.js';
import { GeneratorType, None } from '../types.js';
import { BaseExceptionType, PyBaseException, stopIteration, typeError, makeExceptionArgs } from '../exceptions.js';
import { defineGetSets, defineMethods, expectArgs } from '../function.js';
import {
  BytesIteratorType, CallableIteratorType, DictItemIteratorType, DictKeyIteratorType, DictValueIteratorType,
  ListIteratorType, ListReverseIteratorType, RangeIteratorType, SeqIteratorType, SetIteratorType, StrIteratorType,
  TupleIteratorType, DONE, PyIterator,
} from '../iter.js';
import { PyGenerator } from '../generator.js';
import { addressOf, typeName } from '../ops.js';
import { callValue } from '../call.js';
import type { Runtime } from '../runtime.js';

/** Iterator types whose `__next__` is their internal `next`. */
export const nativeIteratorTypes: PyClass[] = [
  ListIteratorType, ListReverseIteratorType, TupleIteratorType, StrIteratorType, RangeIteratorType, DictKeyIteratorType,
  DictValueIteratorType, DictItemIteratorType, SetIteratorType, BytesIteratorType, SeqIteratorType, CallableIteratorType,
];

/** Adds `__iter__`/`__next__`/`__repr__` to a native iterator type. */
export function defineIteratorType(t: PyClass): void {
  defineMethods(t, {
    __iter__(_rt, args) {
      return args[0];
    },
    __next__(rt, args) {
      const v = (args[0] as PyIterator).next(rt);
      if (v === DONE) throw stopIteration(None);
      return v;
    },
    __repr__(rt, args) {
      return `<${typeName(args[0])} object at ${addressOf(rt, args[0])}>`;
    },
  }, { checkArity: true });
}
for (const t of nativeIteratorTypes) defineIteratorType(t);

function gen(v: Value): PyGenerator {
  return v as PyGenerator;
}

/** next() on a generator, raising StopIteration(value) at the end. */
function generatorNext(rt: Runtime, g: PyGenerator, sent: Value, exc: PyBaseException | null): Value {
  const v = g.resume(rt, sent, exc);
  if (v === DONE) throw stopIteration(g.returnValue);
  return v;
}

/** Builds the exception for `gen.throw(typ[, val])`. */
function throwArgument(rt: Runtime, typ: Value, val: Value | undefined): PyBaseException {
  if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError('instance exception may not have a separate value');
    return typ;
  }
  if (typ instanceof PyClass && typ.isSubclassOf(BaseExceptionType)) {
    if (val instanceof PyBaseException && val.cls.isSubclassOf(typ)) return val;
    const args = val === undefined || val === None ? [] : [val];
    const e = callValue(rt, typ, args, null);
    if (!(e instanceof PyBaseException)) throw typeError('exceptions must derive from BaseException');
    return e;
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

defineMethods(GeneratorType, {
  __iter__(_rt, args) {
    return args[0];
  },
  __next__(rt, args) {
    return generatorNext(rt, gen(args[0]), None, null);
  },
  send(rt, args) {
    if (args.length !== 2) throw typeError(`generator.send() takes exactly one argument (${args.length - 1} given)`);
    return generatorNext(rt, gen(args[0]), args[1], null);
  },
  throw(rt, args) {
    if (args.length < 2 || args.length > 4) throw typeError(`throw expected at least 1 argument, got ${args.length - 1}`);
    return generatorNext(rt, gen(args[0]), None, throwArgument(rt, args[1], args[2]));
  },
  close(rt, args, kwnames) {
    expectArgs('generator.close', args, kwnames, 0);
    gen(args[0]).close(rt);
    return None;
  },
  __repr__(rt, args) {
    return `<generator object ${gen(args[0]).qualname} at ${addressOf(rt, args[0])}>`;
  },
}, { checkArity: true });
defineGetSets(GeneratorType, {
  __name__: (_rt, s) => gen(s).name,
  __qualname__: (_rt, s) => gen(s).qualname,
});

export function installIteratorMethods(): void {}

export { makeExceptionArgs };
