/**
 * File system errors as scripts see them: CPython's OSError subclasses with
 * Linux errno numbers and strerror texts (on every host OS), carrying only the
 * path(s) the script supplied. Node's own error messages (which contain host
 * paths) are never shown: errors are rebuilt from their `code` alone.
 */
import type { PyClass, Value } from '../core/runtime/object.js';
import {
  FileExistsErrorType, FileNotFoundErrorType, IsADirectoryErrorType, NotADirectoryErrorType, OSErrorType,
  PermissionErrorType, PyBaseException, makeExceptionArgs,
} from '../core/runtime/exceptions.js';
import { None } from '../core/runtime/types.js';

/** errno number and strerror text per error code (Linux values, as CPython on Linux shows them). */
const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  EROFS: [30, 'Read-only file system'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
};

const CLASS_BY_ERRNO: Readonly<Record<number, PyClass>> = {
  1: PermissionErrorType,
  2: FileNotFoundErrorType,
  13: PermissionErrorType,
  17: FileExistsErrorType,
  20: NotADirectoryErrorType,
  21: IsADirectoryErrorType,
};

export type ErrorCode = keyof typeof ERRNO | string;

/**
 * A failure inside the file system layers (overlay, disk store) before it is
 * turned into a Python exception. Not a JS Error: no stack is captured.
 */
export class FsFault {
  constructor(readonly code: ErrorCode) {}
}

/** `OSError(errno, strerror, filename[, None, filename2])` of the subclass CPython picks for the errno. */
export function fsError(code: ErrorCode, filename?: Value, filename2?: Value): PyBaseException {
  const [errno, text] = ERRNO[code] ?? ERRNO.EIO;
  const cls = CLASS_BY_ERRNO[errno] ?? OSErrorType;
  const args: Value[] = [errno, text];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  const e = makeExceptionArgs(cls, args);
  e.dict.set('filename2', filename2 ?? None);
  return e;
}

/** The guard's refusal: `PermissionError: [Errno 13] Permission denied: '<script path>'`. */
export function permissionDenied(scriptPath: Value): PyBaseException {
  return fsError('EACCES', scriptPath);
}

/**
 * Converts what a file system call threw into a Python exception naming only
 * the script's path(s). Python exceptions pass through unchanged; Node system
 * errors and FsFaults keep only their code. Anything else (a tripped limit, a
 * bug) is rethrown as it is.
 */
export function toScriptError(e: unknown, filename?: Value, filename2?: Value): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof FsFault) return fsError(e.code, filename, filename2);
  if (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string') {
    return fsError((e as NodeJS.ErrnoException).code!, filename, filename2);
  }
  throw e;
}
