/**
 * Shared test helpers: a Runtime for unit-testing runtime modules directly
 * (no interpreter), with every limit unlimited unless overridden.
 */
import { IdRegistry, Runtime, type RuntimeLimits } from '../core/runtime/runtime.js';
import '../core/runtime/bootstrap.js';

export function testRuntime(overrides: Partial<RuntimeLimits> = {}): Runtime {
  const limits: RuntimeLimits = {
    maxOps: Infinity, deadline: Infinity, maxDepth: 500, maxValueBytes: Infinity,
    maxMemoryBytes: Infinity, maxOutputBytes: Infinity, maxHostCalls: Infinity, signal: null,
    ...overrides,
  };
  return new Runtime(new Map(), () => {}, limits, {
    ids: new IdRegistry(),
    importModule() {
      throw new Error('no imports in unit tests');
    },
  });
}
