/**
 * Python exceptions: CPython's builtin hierarchy and the exception object.
 * Exception objects are thrown as-is with JS `throw` (they are not JS Errors,
 * so no JS stack is ever captured or shown). Runtime code raises them through
 * the small factories at the bottom (`throw typeError('...')`).
 */
import { PyClass, PyObject, type Value } from './object.js';
import { None, ObjectType, TypeType } from './types.js';
import { EMPTY_TUPLE, PyTuple, tuple } from './values.js';

/** One traceback entry, recorded as the exception leaves a frame. */
export interface TraceEntry {
  filename: string;
  line: number;
  name: string;
}

/** A Python exception instance (of any exception class, builtin or user). */
export class PyBaseException extends PyObject {
  private attrs: Map<string, Value> | null = null;
  args: PyTuple;
  /** Innermost first: entries are appended while the exception unwinds. */
  traceback: TraceEntry[] = [];
  /** Lowest frame-stack index already in `traceback` (see Runtime.recordUnwound). */
  tbFloor = Infinity;
  cause: Value = None;
  context: Value = None;
  suppressContext = false;
  constructor(cls: PyClass, args: PyTuple) {
    super();
    this.cls = cls;
    this.args = args;
  }

  /** Instance attributes, created on first use (most exceptions never need them). */
  get dict(): Map<string, Value> {
    return this.attrs ??= new Map();
  }
}

/** Exception classes by name (every builtin exception type). */
export const exceptionTypes = new Map<string, PyClass>();

function excType(name: string, base: PyClass | null): PyClass {
  const t = new PyClass(name, [base ?? ObjectType], { builtin: true, instanceDict: true });
  t.cls = TypeType;
  if (base === null) t.layout = t;
  exceptionTypes.set(name, t);
  return t;
}

export const BaseExceptionType = excType('BaseException', null);
export const GeneratorExitType = excType('GeneratorExit', BaseExceptionType);
export const KeyboardInterruptType = excType('KeyboardInterrupt', BaseExceptionType);
export const SystemExitType = excType('SystemExit', BaseExceptionType);
export const ExceptionType = excType('Exception', BaseExceptionType);
export const ArithmeticErrorType = excType('ArithmeticError', ExceptionType);
export const FloatingPointErrorType = excType('FloatingPointError', ArithmeticErrorType);
export const OverflowErrorType = excType('OverflowError', ArithmeticErrorType);
export const ZeroDivisionErrorType = excType('ZeroDivisionError', ArithmeticErrorType);
export const AssertionErrorType = excType('AssertionError', ExceptionType);
export const AttributeErrorType = excType('AttributeError', ExceptionType);
export const BufferErrorType = excType('BufferError', ExceptionType);
export const EOFErrorType = excType('EOFError', ExceptionType);
export const ImportErrorType = excType('ImportError', ExceptionType);
export const ModuleNotFoundErrorType = excType('ModuleNotFoundError', ImportErrorType);
export const LookupErrorType = excType('LookupError', ExceptionType);
export const IndexErrorType = excType('IndexError', LookupErrorType);
export const KeyErrorType = excType('KeyError', LookupErrorType);
export const MemoryErrorType = excType('MemoryError', ExceptionType);
export const NameErrorType = excType('NameError', ExceptionType);
export const UnboundLocalErrorType = excType('UnboundLocalError', NameErrorType);
export const OSErrorType = excType('OSError', ExceptionType);
export const BlockingIOErrorType = excType('BlockingIOError', OSErrorType);
export const ChildProcessErrorType = excType('ChildProcessError', OSErrorType);
export const ConnectionErrorType = excType('ConnectionError', OSErrorType);
export const BrokenPipeErrorType = excType('BrokenPipeError', ConnectionErrorType);
export const ConnectionAbortedErrorType = excType('ConnectionAbortedError', ConnectionErrorType);
export const ConnectionRefusedErrorType = excType('ConnectionRefusedError', ConnectionErrorType);
export const ConnectionResetErrorType = excType('ConnectionResetError', ConnectionErrorType);
export const FileExistsErrorType = excType('FileExistsError', OSErrorType);
export const FileNotFoundErrorType = excType('FileNotFoundError', OSErrorType);
export const InterruptedErrorType = excType('InterruptedError', OSErrorType);
export const IsADirectoryErrorType = excType('IsADirectoryError', OSErrorType);
export const NotADirectoryErrorType = excType('NotADirectoryError', OSErrorType);
export const PermissionErrorType = excType('PermissionError', OSErrorType);
export const ProcessLookupErrorType = excType('ProcessLookupError', OSErrorType);
export const TimeoutErrorType = excType('TimeoutError', OSErrorType);
export const ReferenceErrorType = excType('ReferenceError', ExceptionType);
export const RuntimeErrorType = excType('RuntimeError', ExceptionType);
export const NotImplementedErrorType = excType('NotImplementedError', RuntimeErrorType);
export const RecursionErrorType = excType('RecursionError', RuntimeErrorType);
export const StopAsyncIterationType = excType('StopAsyncIteration', ExceptionType);
export const StopIterationType = excType('StopIteration', ExceptionType);
export const SyntaxErrorType = excType('SyntaxError', ExceptionType);
export const IndentationErrorType = excType('IndentationError', SyntaxErrorType);
export const TabErrorType = excType('TabError', IndentationErrorType);
export const SystemErrorType = excType('SystemError', ExceptionType);
export const TypeErrorType = excType('TypeError', ExceptionType);
export const ValueErrorType = excType('ValueError', ExceptionType);
export const UnicodeErrorType = excType('UnicodeError', ValueErrorType);
export const UnicodeDecodeErrorType = excType('UnicodeDecodeError', UnicodeErrorType);
export const UnicodeEncodeErrorType = excType('UnicodeEncodeError', UnicodeErrorType);
export const UnicodeTranslateErrorType = excType('UnicodeTranslateError', UnicodeErrorType);
export const WarningType = excType('Warning', ExceptionType);
for (const w of ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning']) {
  excType(w, WarningType);
}

/** Creates an exception instance of a builtin exception class with one message argument. */
export function makeException(cls: PyClass, message?: string): PyBaseException {
  return new PyBaseException(cls, message === undefined ? EMPTY_TUPLE : tuple([message]));
}

/** Creates an exception instance with arbitrary args. */
export function makeExceptionArgs(cls: PyClass, args: Value[]): PyBaseException {
  return new PyBaseException(cls, tuple(args));
}

export const typeError = (msg: string) => makeException(TypeErrorType, msg);
export const valueError = (msg: string) => makeException(ValueErrorType, msg);
export const indexError = (msg: string) => makeException(IndexErrorType, msg);
export const overflowError = (msg: string) => makeException(OverflowErrorType, msg);
export const zeroDivisionError = (msg: string) => makeException(ZeroDivisionErrorType, msg);
export const runtimeError = (msg: string) => makeException(RuntimeErrorType, msg);
export const nameError = (msg: string) => makeException(NameErrorType, msg);
export const notImplementedError = (msg: string) => makeException(NotImplementedErrorType, msg);
export const assertionError = (msg?: string) => makeException(AssertionErrorType, msg);
/** KeyError carries the key itself (its str() is the key's repr). */
export const keyError = (key: Value) => makeExceptionArgs(KeyErrorType, [key]);

/** AttributeError with CPython's `name`/`obj` attributes set. */
export function attributeError(msg: string, name?: string, obj?: Value): PyBaseException {
  const e = makeException(AttributeErrorType, msg);
  if (name !== undefined) e.dict.set('name', name);
  if (obj !== undefined) e.dict.set('obj', obj);
  return e;
}

/** StopIteration carrying a generator's return value. */
export function stopIteration(value: Value): PyBaseException {
  return value === None ? makeException(StopIterationType) : makeExceptionArgs(StopIterationType, [value]);
}

/** True when `e` is a Python exception whose class is `cls` or a subclass. */
export function isInstanceOfExc(e: unknown, cls: PyClass): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubclassOf(cls);
}
