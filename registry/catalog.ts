/**
 * The library catalog: every library a host could give a script, with its
 * summary, risk tier, capabilities and the signature and doc of each member,
 * as JSON (for programs and agents choosing libraries) and as Markdown (for
 * people). The standard library's entries are read from the modules
 * themselves, so the catalog cannot drift from the code.
 */
import { Interpreter } from '../core/interpreter.js';
import { PyBuiltin, PyFunction } from '../core/runtime/function.js';
import { PyClass, type Value } from '../core/runtime/object.js';
import { PyModule } from '../core/runtime/module.js';
import { repr } from '../core/runtime/ops.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { docOf, firstParagraph, signatureOf } from '../core/introspect.js';
import { stdlibModules } from '../stdlib/index.js';
import type { MemberDoc, ModuleDoc } from './definition.js';
import { manifest } from './manifest.js';
import type { Registry } from './registry.js';
import type { Tier } from './tiers.js';

/** One library in the catalog (the standard library is the entry named `stdlib`). */
export interface CatalogLibrary {
  /** The registration name (`stdlib` for the standard library). */
  readonly name: string;
  /** The library's version string. */
  readonly version: string;
  /** One line: what a script can do with it. */
  readonly summary: string;
  /** Its risk tier, from the risk manifest (the highest it can reach). */
  readonly tier: Tier;
  /** Capabilities it needs, e.g. `fs.read`; empty for pure libraries. */
  readonly capabilities: readonly string[];
  /** True for the standard library (always available, no registration). */
  readonly automatic: boolean;
  /** True when registered in the registry that built the catalog (always true for the standard library). */
  readonly registered: boolean;
  /** Each module it provides, with its members' signatures and docs. */
  readonly modules: readonly ModuleDoc[];
}

/** Every library a host could give a script, as JSON data (`registry.catalog()`). */
export interface Catalog {
  /** The standard library first (unless only registered libraries were asked for), then each known library. */
  readonly libraries: readonly CatalogLibrary[];
}

let stdlibDocsCache: ModuleDoc[] | null = null;

/** Docs of every standard-library module, read from the built modules (cached per process). */
export function stdlibDocs(): ModuleDoc[] {
  if (stdlibDocsCache !== null) return stdlibDocsCache;
  const interp = new Interpreter();
  stdlibDocsCache = stdlibModules()
    .filter((def) => !def.name.split('.').some((part) => part.startsWith('_')))
    .map((def) => interp.inspectModule(def.name, (rt, mod) => describeModule(rt, mod, def.summary)));
  return stdlibDocsCache;
}

function describeMember(rt: Runtime, name: string, v: Value): MemberDoc {
  if (v instanceof PyFunction || v instanceof PyBuiltin) {
    const signature = signatureOf(rt, v);
    return { name, kind: 'function', ...(signature === null ? {} : { signature }), doc: firstParagraph(docOf(v)) };
  }
  if (v instanceof PyClass) return { name, kind: 'class', doc: firstParagraph(docOf(v)) };
  if (v instanceof PyModule) return { name, kind: 'module', doc: firstParagraph(docOf(v)) };
  const shown = repr(rt, v);
  return { name, kind: 'constant', doc: shown.length > 80 ? `${shown.slice(0, 77)}...` : shown };
}

/** A module's public members (no leading underscore, or `__all__`), sorted by name. */
export function describeModule(rt: Runtime, mod: PyModule, summary: string): ModuleDoc {
  const all = mod.dict.get('__all__');
  const names = [...mod.dict.keys()].filter((n) => !n.startsWith('_'));
  const publicNames = all !== undefined && typeof all === 'object' && 'items' in (all as object)
    ? ((all as unknown as { items: Value[] }).items.filter((n) => typeof n === 'string') as string[])
    : names;
  const members = publicNames
    .filter((n) => mod.dict.has(n))
    .sort()
    .map((n) => describeMember(rt, n, mod.dict.get(n)!));
  return { name: mod.name, summary, members };
}

export function buildCatalog(registry: Registry, registeredOnly: boolean): Catalog {
  const libraries: CatalogLibrary[] = [];
  const std = manifest().get('stdlib')!;
  if (!registeredOnly) {
    libraries.push({
      name: 'stdlib', version: '1', summary: std.summary, tier: 'pure', capabilities: [], automatic: true, registered: true,
      modules: stdlibDocs(),
    });
  }
  for (const { def, entry, registered } of registry.libraries()) {
    if (registeredOnly && !registered) continue;
    libraries.push({
      name: def.name, version: def.version, summary: def.summary, tier: entry.tier, capabilities: [...entry.capabilities],
      automatic: false, registered, modules: def.docs,
    });
  }
  return { libraries };
}

/** The catalog as Markdown: one section per library, one entry per member. */
export function catalogMarkdown(catalog: Catalog): string {
  const out: string[] = ['# Sandling libraries', ''];
  for (const lib of catalog.libraries) {
    out.push(`## ${lib.name}`, '');
    out.push(lib.summary, '');
    const caps = lib.capabilities.length === 0 ? 'none' : lib.capabilities.map((c) => `\`${c}\``).join(', ');
    out.push(`- Risk tier: \`${lib.tier}\``, `- Capabilities: ${caps}`);
    out.push(`- ${lib.automatic ? 'Always available (no registration)' : `Registration: \`registry.use('${lib.name}', options)\``}`, '');
    for (const m of lib.modules) {
      out.push(`### \`${m.name}\``, '');
      if (m.summary !== '') out.push(m.summary, '');
      for (const mem of m.members) {
        const sig = mem.kind === 'function' ? (mem.signature ?? '(...)') : '';
        const doc = mem.doc === '' ? '' : `: ${mem.doc}`;
        out.push(`- \`${m.name}.${mem.name}${sig}\` (${mem.kind})${doc}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
