/**
 * The registry API: `new Registry({ policy })`, `registry.use(name, options)`,
 * `registry.define(hostLibrary)`, `registry.catalog()`, then
 * `new Interpreter({ libraries: registry })`.
 */
export { Registry, type Registration, type RegistryOptions, type AnyDefinition } from './registry.js';
export { classDoc, defineLibrary, functionDoc, type LibraryDefinition, type LibraryParts, type MemberDoc, type ModuleDoc } from './definition.js';
export { TIERS, type Tier, type Policy } from './tiers.js';
export { catalogMarkdown, type Catalog, type CatalogLibrary } from './catalog.js';
export { manifest, type ManifestEntry } from './manifest.js';
