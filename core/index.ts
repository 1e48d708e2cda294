/**
 * Sandling's public API: `import { Interpreter } from 'sandling'`.
 */
export { Interpreter, type InterpreterOptions, type RunOptions } from './interpreter.js';
export { Limits, type LimitOptions, type LimitProfile } from './limits.js';
export {
  SandlingError, ScriptSyntaxError, ScriptError, ResourceExhausted, HostUsageError, HostError, InternalError, RegistrationError,
  type LimitKind, type TracebackFrame,
} from './errors.js';
export { type HostFunction } from './convert.js';
export {
  type ModuleDef, type NativeModuleDef, type SourceModuleDef, type ModuleContext, type ModuleEnv, type LibraryProvider,
} from './modules.js';

export * from '../registry/index.js';
export { nativeFunction } from './native.js';
export {
  Sandbox, workerResourceLimits, type SandboxOptions, type SandboxRunOptions, type SandboxResult, type WorkerLimits,
} from './sandbox.js';
export { SandboxPool, SandboxQueueFull, type SandboxPoolOptions, type SandboxPoolStats } from './sandbox-pool.js';
export {
  evaluateConfig, ConfigError, type EvaluateConfigOptions, type ConfigProblem,
} from './evaluate-config.js';
export { rankLibraries, policyFor, registrationCode, type LibraryMatch, type RankOptions } from '../registry/select.js';
