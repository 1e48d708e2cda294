/**
 * `os.environ` and `os.getenv`, limited to the environment variables the
 * host lists. The script gets a copy: changing `os.environ` never changes the
 * host's environment, and unlisted variables do not exist for the script.
 */
import { defineLibrary } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import { PyDict } from '../core/runtime/dict.js';
import { None } from '../core/runtime/types.js';
import { typeError } from '../core/runtime/exceptions.js';
import { typeName } from '../core/runtime/ops.js';
import type { Value } from '../core/runtime/object.js';

export interface EnvOptions {
  /** Names of host environment variables the script may read. */
  allow: string[];
  /** Values to show instead of the host's (name -> value); names here need no `allow` entry. */
  values: Record<string, string>;
}

/** The variables the script sees: allowed names present in the host environment, plus host-given values. */
function visibleEnvironment(options: EnvOptions, hostEnv: NodeJS.ProcessEnv): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of options.allow) {
    const v = hostEnv[name];
    if (typeof v === 'string') out.set(name, v);
  }
  for (const [name, v] of Object.entries(options.values)) out.set(name, v);
  return out;
}

export const envLibrary = defineLibrary<EnvOptions>({
  name: 'env',
  version: '1.0.0',
  summary: 'os.environ and os.getenv, limited to the environment variables the host lists.',
  tier: 'read',
  capabilities: ['env.read'],
  modules: ['os'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allow: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }, uniqueItems: true, default: [] },
      values: {
        type: 'object',
        propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
        additionalProperties: { type: 'string', maxLength: 1000000 },
        default: {},
      },
    },
    anyOf: [
      { required: ['allow'], properties: { allow: { type: 'array', minItems: 1 } } },
      { required: ['values'], properties: { values: { type: 'object', minProperties: 1 } } },
    ],
  },
  docs: [{
    name: 'os',
    summary: 'Environment variables the host allows.',
    members: [
      { name: 'environ', kind: 'constant', doc: 'A dict of the allowed environment variables (a copy: changes stay in the script).' },
      { name: 'getenv', kind: 'function', signature: '(key, default=None)', doc: 'The value of an allowed environment variable, or default.' },
    ],
  }],
  create(options) {
    return {
      modules: [{
        name: 'os',
        summary: 'Environment variables the host allows.',
        build: () => {
          const visible = visibleEnvironment(options, process.env);
          const environ = new PyDict();
          for (const [k, v] of visible) {
            environ.map.set(k, v);
            environ.version++;
          }
          const getenv = nativeFunction('os', 'getenv', ['key', 'default?'], (_rt, [key, dflt]: Value[]) => {
            if (typeof key !== 'string') throw typeError(`str expected, not ${typeName(key)}`);
            return visible.get(key) ?? dflt ?? None;
          }, 'The value of an allowed environment variable, or default.');
          return { environ, getenv };
        },
      }],
    };
  },
});
