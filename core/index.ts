/**
 * Sandling's public API: `import { Interpreter } from 'sandling'`.
 */
export { Interpreter, type InterpreterOptions, type LimitOptions, type RunOptions } from './interpreter.js';
export {
  SandlingError, ScriptSyntaxError, ScriptError, ResourceExhausted, HostUsageError, InternalError,
  type LimitKind, type TracebackFrame,
} from './errors.js';
export { type HostFunction } from './convert.js';
