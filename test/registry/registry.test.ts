// The registry: host-defined libraries, option schemas, the risk policy, the
// manifest, and what a script can import.
import { describe, expect, it } from 'vitest';
import {
  Interpreter, manifest, RegistrationError, Registry, ScriptError, catalogMarkdown, defineLibrary, nativeFunction,
  type LibraryDefinition,
} from '../../core/index.js';
import { stdlibModules } from '../../stdlib/index.js';

function counterLibrary(name = 'host:counter', tier: LibraryDefinition['tier'] = 'read'): LibraryDefinition<{ start: number }> {
  return defineLibrary<{ start: number }>({
    name,
    version: '1.0.0',
    summary: 'A counter the host owns.',
    tier,
    capabilities: ['host.counter'],
    modules: ['counter'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { start: { type: 'integer', minimum: 0, default: 0 } },
    },
    docs: [{ name: 'counter', summary: 'Counting.', members: [{ name: 'next', kind: 'function', signature: '()', doc: 'The next number.' }] }],
    create(options) {
      let n = options.start;
      return {
        modules: [{
          name: 'counter',
          summary: 'Counting.',
          build: () => ({ next: nativeFunction('counter', 'next', [], () => n++, 'The next number.') }),
        }],
      };
    },
  });
}

function run(interp: Interpreter, src: string): string {
  interp.run(src);
  return interp.takeOutput();
}

describe('registry', () => {
  it('a host-defined library is importable only once registered', () => {
    const reg = new Registry().define(counterLibrary());
    expect(() => run(new Interpreter({ libraries: reg }), 'import counter')).toThrow(/No module named 'counter'/);
    reg.use('host:counter', { start: 5 });
    const interp = new Interpreter({ libraries: reg });
    expect(run(interp, 'import counter\nprint(counter.next(), counter.next())')).toBe('5 6\n');
    // Each interpreter builds its own instance.
    expect(run(new Interpreter({ libraries: reg }), 'import counter\nprint(counter.next())')).toBe('5\n');
  });

  it('applies schema defaults and rejects bad options with a clear RegistrationError', () => {
    const reg = new Registry().define(counterLibrary());
    expect(() => reg.use('host:counter', { start: -1 })).toThrow(/invalid options for library 'host:counter': options.start must be >= 0/);
    expect(() => reg.use('host:counter', { stop: 1 })).toThrow(/unknown key 'stop'/);
    expect(() => reg.use('host:counter', { start: () => 1 })).toThrow(RegistrationError);
    let getterRan = false;
    const withGetter = Object.defineProperty({}, 'start', { enumerable: true, get: () => { getterRan = true; return 1; } });
    expect(() => reg.use('host:counter', withGetter)).toThrow(/options of 'host:counter'.start must be plain data \(got an accessor\)/);
    expect(getterRan).toBe(false);
    expect(() => reg.use('host:counter', new Proxy({ start: 1 }, {}))).toThrow(/got a Proxy/);
    reg.use('host:counter');
    expect(run(new Interpreter({ libraries: reg }), 'import counter\nprint(counter.next())')).toBe('0\n');
    expect(() => reg.use('host:counter')).toThrow(/already registered/);
  });

  it('options are copied at registration: later changes by the host change nothing', () => {
    const reg = new Registry().define(counterLibrary());
    const opts = { start: 3 };
    reg.use('host:counter', opts);
    opts.start = 100;
    expect(run(new Interpreter({ libraries: reg }), 'import counter\nprint(counter.next())')).toBe('3\n');
  });

  it('refuses libraries above the policy, naming library, tier and policy', () => {
    const reg = new Registry({ policy: { maxTier: 'pure' } }).define(counterLibrary());
    let err: unknown;
    try {
      reg.use('host:counter');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegistrationError);
    expect((err as RegistrationError).message).toBe("library 'host:counter' has risk tier 'read', above the policy (maxTier 'pure', allowCritical: none)");
    expect((err as RegistrationError).library).toBe('host:counter');
  });

  it('critical libraries need an explicit opt-in by name', () => {
    const reg = new Registry({ policy: { maxTier: 'network' } }).define(counterLibrary('host:shell', 'process'));
    expect(() => reg.use('host:shell')).toThrow(/critical risk tier 'process'.*add 'host:shell' to policy.allowCritical/);
    const ok = new Registry({ policy: { allowCritical: ['host:shell'] } }).define(counterLibrary('host:shell', 'process'));
    expect(() => ok.use('host:shell')).not.toThrow();
  });

  it('validates policies and definitions', () => {
    expect(() => new Registry({ policy: { maxTier: 'everything' as never } })).toThrow(/policy.maxTier must be one of/);
    expect(() => new Registry({ policy: { allowAll: true } as never })).toThrow(/unknown key 'allowAll'/);
    expect(() => new Registry().define({ ...counterLibrary(), tier: 'root' as never })).toThrow(/invalid manifest entry/);
    expect(() => new Registry().define({ ...counterLibrary(), modules: [] })).toThrow(/invalid manifest entry/);
    expect(() => new Registry().define({ ...counterLibrary(), name: 'stdlib' })).toThrow(/reserved/);
    const reg = new Registry().define(counterLibrary());
    expect(() => reg.define(counterLibrary())).toThrow(/already defined/);
    expect(() => reg.use('nope')).toThrow(/unknown library 'nope'/);
    expect(() => reg.use('json')).toThrow(/standard library/);
    expect(() => new Interpreter({ libraries: {} as never })).toThrow(/options.libraries must be a Registry/);
  });

  it('a library cannot build a module it does not declare', () => {
    const bad = { ...counterLibrary(), create: () => ({ modules: [{ name: 'json', summary: '', source: '' }] }) };
    const reg = new Registry().define(bad).use('host:counter');
    expect(() => new Interpreter({ libraries: reg })).toThrow(/does not declare/);
  });

  it('the manifest lists every standard-library module', () => {
    const listed = [...manifest().get('stdlib')!.modules].sort();
    const actual = stdlibModules().map((m) => m.name).filter((n) => !n.split('.').some((p) => p.startsWith('_'))).sort();
    expect(actual.filter((n) => !listed.includes(n))).toEqual([]);
  });

  it('the catalog lists libraries with tier, capabilities and member docs, as JSON and Markdown', () => {
    const reg = new Registry().define(counterLibrary()).use('host:counter');
    const cat = reg.catalog();
    const lib = cat.libraries.find((l) => l.name === 'host:counter')!;
    expect(lib).toMatchObject({ tier: 'read', capabilities: ['host.counter'], registered: true, automatic: false });
    expect(JSON.parse(JSON.stringify(cat)).libraries.length).toBe(cat.libraries.length);
    const md = catalogMarkdown(reg.catalog({ registeredOnly: true }));
    expect(md).toContain('## host:counter');
    expect(md).toContain('- `counter.next()` (function): The next number.');
    expect(md).not.toContain('## stdlib');
  });

  it('an uncaught import of an unregistered library is a ModuleNotFoundError', () => {
    try {
      new Interpreter({ libraries: new Registry() }).run('import os');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScriptError);
      expect((e as ScriptError).pyType).toBe('ModuleNotFoundError');
    }
  });
});
