/**
 * `sys`: script arguments, fixed interpreter facts, `sys.exit` and
 * stdout/stderr writers that go to the host's output. Critical tier
 * (`system`): hosts opt in by name. Nothing here reflects the host machine.
 */
import { defineLibrary } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import { PyObject, type Value } from '../core/runtime/object.js';
import { None, TupleType, builtinType } from '../core/runtime/types.js';
import { PyList, PyTuple, tuple } from '../core/runtime/values.js';
import { SystemExitType, makeExceptionArgs, typeError } from '../core/runtime/exceptions.js';
import { defineGetSets, defineMethods } from '../core/runtime/function.js';
import { repr, typeName } from '../core/runtime/ops.js';

export interface SysOptions {
  /** `sys.argv` (the first item is the script name). */
  argv: string[];
}

const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'] as const;
const VersionInfoType = builtinType('version_info', TupleType, { module: 'sys' });
VersionInfoType.tpName = 'sys.version_info';
defineGetSets(VersionInfoType, Object.fromEntries(
  VERSION_FIELDS.map((name, i) => [name, (_rt: unknown, self: Value) => (self as PyTuple).items[i]]),
));
defineMethods(VersionInfoType, {
  __repr__(rt, args) {
    const items = (args[0] as PyTuple).items;
    return `sys.version_info(${VERSION_FIELDS.map((n, i) => `${n}=${repr(rt, items[i])}`).join(', ')})`;
  },
});

function versionInfo(): PyTuple {
  const t = tuple([3, 11, 0, 'final', 0]);
  t.cls = VersionInfoType;
  return t;
}

/** `sys.stdout` / `sys.stderr`: text writers into the host's output sink. */
class OutputWriter extends PyObject {
  constructor(readonly streamName: string) {
    super();
  }
}
const OutputWriterType = builtinType('OutputWriter', undefined, { module: 'sys', subclassable: false });
OutputWriter.prototype.cls = OutputWriterType;
defineMethods(OutputWriterType, {
  write(rt, args) {
    const s = args[1];
    if (args.length !== 2) throw typeError(`write() takes exactly one argument (${args.length - 1} given)`);
    if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeName(s)}`);
    rt.write(s);
    return [...s].length;
  },
  flush() {
    return None;
  },
  isatty() {
    return false;
  },
  __repr__(_rt, args) {
    return `<sys.${(args[0] as OutputWriter).streamName}>`;
  },
});

function sysExit(_rt: unknown, [status]: Value[]): Value {
  throw makeExceptionArgs(SystemExitType, status === undefined ? [] : [status]);
}

export const sysLibrary = defineLibrary<SysOptions>({
  name: 'sys',
  version: '1.0.0',
  summary: 'Script arguments, interpreter facts, sys.exit and stdout/stderr writers to the host\'s output.',
  tier: 'system',
  capabilities: ['sys.argv', 'sys.exit'],
  modules: ['sys'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      argv: { type: 'array', items: { type: 'string', maxLength: 100000 }, maxItems: 10000, default: [''] },
    },
  },
  docs: [{
    name: 'sys',
    summary: 'Interpreter facts and the script\'s arguments (never the host\'s).',
    members: [
      { name: 'argv', kind: 'constant', doc: 'The script arguments the host passed; argv[0] is the script name.' },
      { name: 'exit', kind: 'function', signature: '(status=None, /)', doc: 'Ends the script by raising SystemExit(status).' },
      { name: 'stdout', kind: 'constant', doc: 'A writer to the host\'s output (print goes there too).' },
      { name: 'stderr', kind: 'constant', doc: 'A writer to the host\'s output.' },
      { name: 'version', kind: 'constant', doc: 'The Python language version Sandling follows, as a string.' },
      { name: 'version_info', kind: 'constant', doc: 'The language version as (major, minor, micro, releaselevel, serial).' },
      { name: 'platform', kind: 'constant', doc: "Always 'sandling': the host platform is not revealed." },
      { name: 'maxsize', kind: 'constant', doc: '2**63 - 1, as on 64-bit CPython.' },
      { name: 'byteorder', kind: 'constant', doc: "'little'." },
      { name: 'getrecursionlimit', kind: 'function', signature: '()', doc: 'The call depth limit of this run.' },
    ],
  }],
  create(options) {
    return {
      modules: [{
        name: 'sys',
        summary: 'Interpreter facts and the script\'s arguments.',
        build: () => ({
          argv: new PyList([...options.argv]),
          version: '3.11.0 (Sandling)',
          version_info: versionInfo(),
          platform: 'sandling',
          implementation_name: 'sandling',
          maxsize: 2n ** 63n - 1n,
          byteorder: 'little',
          stdout: new OutputWriter('stdout'),
          stderr: new OutputWriter('stderr'),
          exit: nativeFunction('sys', 'exit', ['status?', '/'], sysExit, 'Ends the script by raising SystemExit(status).'),
          getrecursionlimit: nativeFunction('sys', 'getrecursionlimit', [], (rt) => rt.limits.maxDepth, 'The call depth limit of this run.'),
        }),
      }],
    };
  },
});
