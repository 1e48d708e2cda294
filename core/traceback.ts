/**
 * CPython-style traceback reports for uncaught script exceptions, including
 * chained exceptions ("During handling of the above exception..." / "The above
 * exception was the direct cause..."). Only script file names, line numbers and
 * function names appear: never JS frames or host paths.
 */
import type { TracebackFrame } from './errors.js';
import { PyBaseException } from './runtime/exceptions.js';
import { None } from './runtime/types.js';
import { str } from './runtime/ops.js';
import type { Runtime } from './runtime/runtime.js';

/** The name CPython prints for an exception's type (`ValueError`, `__main__.MyError`). */
export function exceptionTypeName(e: PyBaseException): string {
  const cls = e.cls;
  const mod = cls.module;
  return mod === 'builtins' || mod === '__main__' || mod === '' ? cls.qualname : `${mod}.${cls.qualname}`;
}

/** str(e), never failing (a broken __str__ gives CPython's placeholder). */
export function safeExceptionMessage(rt: Runtime, e: PyBaseException): string {
  try {
    return str(rt, e);
  } catch {
    return `<exception str() failed>`;
  }
}

/** Frames outermost first. */
export function tracebackFrames(e: PyBaseException): TracebackFrame[] {
  return e.traceback.slice().reverse().map((t) => ({ filename: t.filename, line: t.line, name: t.name }));
}

/** The full report CPython prints to stderr. */
/** Chained exceptions shown at most (CPython shows all; a script could chain millions). */
const MAX_CHAIN = 1000;

export function formatException(rt: Runtime, e: PyBaseException, sourceLine: (file: string, line: number) => string | null): string {
  // Walk the chain iteratively (newest first), then print oldest first.
  const chain: { ex: PyBaseException; link: string }[] = [];
  const seen = new Set<PyBaseException>();
  let ex: PyBaseException | null = e;
  let link = '';
  let omitted = false;
  while (ex !== null && !seen.has(ex)) {
    if (chain.length === MAX_CHAIN) {
      omitted = true;
      break;
    }
    seen.add(ex);
    chain.push({ ex, link });
    if (ex.cause instanceof PyBaseException) {
      link = '\nThe above exception was the direct cause of the following exception:\n\n';
      ex = ex.cause;
    } else if (ex.cause === None && !ex.suppressContext && ex.context instanceof PyBaseException) {
      link = '\nDuring handling of the above exception, another exception occurred:\n\n';
      ex = ex.context;
    } else {
      ex = null;
    }
  }
  const parts: string[] = omitted ? ['(earlier chained exceptions omitted)\n\n'] : [];
  for (let i = chain.length - 1; i >= 0; i--) {
    if (i < chain.length - 1) parts.push(chain[i + 1].link);
    parts.push(formatOne(rt, chain[i].ex, sourceLine));
  }
  return parts.join('').replace(/\n$/, '');
}

function formatOne(rt: Runtime, e: PyBaseException, sourceLine: (file: string, line: number) => string | null): string {
  let out = '';
  const frames = tracebackFrames(e);
  if (frames.length > 0) {
    out += 'Traceback (most recent call last):\n';
    for (const f of frames) {
      out += `  File "${f.filename}", line ${f.line}, in ${f.name}\n`;
      // Like CPython, pseudo-files such as <string> and <stdin> show no source lines.
      const pseudo = f.filename.startsWith('<') && f.filename.endsWith('>');
      const text = pseudo ? null : sourceLine(f.filename, f.line);
      if (text !== null && text.trim() !== '') out += `    ${text.trim()}\n`;
    }
  }
  const msg = safeExceptionMessage(rt, e);
  out += msg === '' ? `${exceptionTypeName(e)}\n` : `${exceptionTypeName(e)}: ${msg}\n`;
  return out;
}
