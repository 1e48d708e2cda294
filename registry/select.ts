/**
 * Choosing libraries for a task by reading their documentation: the words of
 * a task description ("read csv files and post results to an API") are
 * matched against each library's catalog docs (its name, summary, module
 * summaries, member names and member docs) with a small TF-IDF score.
 *
 * The score is meant to be explainable, not clever:
 *  - words are lowercased, split (also `snake_case` and `camelCase`), stripped
 *    of stop words and lightly stemmed (`files` -> `file`, `parsing` -> `pars`);
 *  - a synonyms table adds the words the docs use for common task words
 *    (`post` -> http, request; `csv` -> file, read), at half weight;
 *  - a document's count of a word is weighted by where it occurs (name x3,
 *    summary x2, module summary x1.5, member name x1, member doc x0.5);
 *  - score = sum over query words of weight x idf x ln(1 + weighted count),
 *    with idf = ln(1 + documents / documents containing the word).
 * Every standard-library module is its own document; every other library is one.
 * The same inputs always give the same ranking (ties break by name).
 */
import { HostUsageError } from '../core/errors.js';
import type { Catalog, CatalogLibrary } from './catalog.js';
import type { ModuleDoc } from './definition.js';
import { TIERS, isCritical, tierAtMost, type Policy, type Tier } from './tiers.js';

/** Options of `rankLibraries`. */
export interface RankOptions {
  /** The highest tier the host allows (a critical tier opts in to the critical libraries). Default `network`. */
  maxTier?: Tier;
  /** Most matches returned. Default 5. */
  limit?: number;
  /** Matches scoring below this fraction of the best match are dropped. Default 0.25. */
  cutoff?: number;
}

/** One library (or standard-library module) that matches a task. */
export interface LibraryMatch {
  /** The registration name (`filesystem`), or `stdlib` for a standard-library module. */
  readonly library: string;
  /** For the standard library: the module (`json`); null for other libraries. */
  readonly module: string | null;
  /** What to show: the library name, or the standard-library module name. */
  readonly name: string;
  /** The tier the suggested options reach (a read-only file system is `read`). */
  readonly tier: Tier;
  /** Whether `maxTier` allows it (critical tiers need a critical `maxTier`). */
  readonly allowed: boolean;
  /** True for the standard library: importable without registration. */
  readonly automatic: boolean;
  /** The score, rounded to two decimals. */
  readonly score: number;
  /** Which task words matched, e.g. `read`, `post->request`. */
  readonly matched: readonly string[];
  /**
   * Whether it is suggested for the task: allowed, not the standard library,
   * and scoring at least half the best match. Flags and code are printed for these.
   */
  readonly recommended: boolean;
  /** CLI flags that enable it, with placeholders in capitals (empty for the standard library). */
  readonly flags: readonly string[];
  /** Suggested registration options (placeholders to replace), or null for the standard library. */
  readonly options: unknown;
}

// ------------------------------------------------------------------ words

const STOP_WORDS = new Set((
  'a an the and or but to of for in on at by with from into onto as is are be been it its this that these those ' +
  'my our your their some any all each every then than so do does can could will would should shall may might must ' +
  'i we you me us them he she they not no yes if when where which who what how via per also just only up out over ' +
  'want need use using make get let like new one two'
).split(' '));

/** Light stemming: enough to make plurals and -ing/-ed forms meet their stem. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let cut = false;
  if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
    cut = true;
  } else if (w.length > 4 && w.endsWith('ed')) {
    w = w.slice(0, -2);
    cut = true;
  }
  // running -> runn -> run; but keep ll/ss/zz (calling -> call).
  if (cut && /([b-df-hj-kmnp-rtv-xz])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Lowercased, split, stop-word-free, stemmed words of a text. */
export function tokenize(text: string): string[] {
  return words(text).map((w) => w.stem);
}

/** The words of a text as written (lowercased) and stemmed. */
function words(text: string): { raw: string; stem: string }[] {
  // camelCase and HTTPResponse -> separate words.
  const spaced = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  const out: { raw: string; stem: string }[] = [];
  for (const raw of spaced.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw) || /^[0-9]+$/.test(raw)) continue;
    out.push({ raw, stem: stem(raw) });
  }
  return out;
}

/**
 * Task words -> the words the library docs use for them. Both sides are
 * stemmed when the table is built, so entries are written as plain words.
 */
const SYNONYMS: Record<string, string[]> = {
  csv: ['file', 'read', 'text', 'line'],
  tsv: ['file', 'read', 'text', 'line'],
  spreadsheet: ['file', 'read'],
  post: ['http', 'request', 'url'],
  put: ['http', 'request'],
  fetch: ['http', 'request', 'url', 'get'],
  download: ['http', 'request', 'url', 'get'],
  upload: ['http', 'request', 'post'],
  api: ['http', 'request', 'url', 'json'],
  endpoint: ['http', 'request', 'url'],
  webhook: ['http', 'request', 'post'],
  rest: ['http', 'request'],
  web: ['http', 'request', 'url'],
  website: ['http', 'request', 'url'],
  server: ['http', 'request', 'url'],
  http: ['request', 'url'],
  https: ['http', 'request', 'url'],
  url: ['http', 'request'],
  send: ['request', 'http'],
  file: ['path', 'directory', 'open'],
  folder: ['directory', 'file', 'path'],
  directory: ['file', 'path'],
  dir: ['directory', 'file', 'path'],
  disk: ['file', 'path'],
  read: ['open', 'file'],
  load: ['read', 'open', 'file'],
  open: ['file', 'read'],
  write: ['file', 'open'],
  save: ['write', 'file'],
  store: ['write', 'file'],
  delete: ['remove', 'file'],
  remove: ['file'],
  rename: ['file', 'move'],
  copy: ['file', 'shutil'],
  move: ['file', 'shutil'],
  glob: ['file', 'pattern'],
  environment: ['environ', 'env', 'variable', 'getenv'],
  env: ['environ', 'variable', 'getenv'],
  variable: ['environ', 'env'],
  config: ['yaml', 'toml', 'json'],
  configuration: ['yaml', 'toml', 'json'],
  settings: ['yaml', 'toml', 'json'],
  yml: ['yaml'],
  run: ['program', 'process', 'subprocess'],
  execute: ['program', 'process', 'subprocess', 'run'],
  command: ['program', 'process', 'subprocess', 'run'],
  shell: ['program', 'process', 'subprocess'],
  program: ['process', 'subprocess', 'run'],
  log: ['logging', 'logger'],
  logs: ['logging', 'logger'],
  token: ['secrets', 'random'],
  password: ['secrets', 'random', 'token'],
  secret: ['secrets', 'token'],
  date: ['datetime', 'time'],
  time: ['datetime', 'clock'],
  timestamp: ['datetime', 'time'],
  schedule: ['datetime', 'time'],
  regex: ['re', 'pattern', 'regular', 'expression'],
  hash: ['hashlib', 'digest'],
  checksum: ['hashlib', 'digest', 'hash'],
  average: ['statistics', 'mean'],
  median: ['statistics'],
  wait: ['wait_for', 'poll'],
  poll: ['wait_for', 'wait'],
  arguments: ['sys', 'argv'],
  args: ['sys', 'argv'],
  argv: ['sys'],
  base64: ['encode', 'decode'],
};

/** Stemmed synonym table (the synonyms keep their written form, for explanations). */
let stemmedSynonyms: Map<string, { raw: string; stem: string }[]> | null = null;

/** SYNONYMS keyed by stem, built on first use (only `libs --for` needs it). */
function synonymsOf(stemmed: string): { raw: string; stem: string }[] {
  stemmedSynonyms ??= new Map(Object.entries(SYNONYMS).map(([k, v]) => [stem(k), v.flatMap((w) => words(w))]));
  return stemmedSynonyms.get(stemmed) ?? [];
}

/**
 * Query terms with weights (a task word 1, a synonym 0.5); `via` maps each
 * term to how it was reached, for explanations: `read`, or `post->request`.
 */
function queryTerms(task: string): { weights: Map<string, number>; via: Map<string, Set<string>> } {
  const weights = new Map<string, number>();
  const via = new Map<string, Set<string>>();
  const add = (term: string, weight: number, shown: string) => {
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    if (!via.has(term)) via.set(term, new Set());
    via.get(term)!.add(shown);
  };
  for (const word of words(task)) {
    add(word.stem, 1, word.raw);
    for (const syn of synonymsOf(word.stem)) {
      if (syn.stem !== word.stem) add(syn.stem, 0.5, `${word.raw}->${syn.raw}`);
    }
  }
  return { weights, via };
}

// ------------------------------------------------------------------ documents

interface Doc {
  library: CatalogLibrary;
  module: ModuleDoc | null;
  name: string;
  /** Weighted count of each word. */
  counts: Map<string, number>;
}

function addText(counts: Map<string, number>, text: string, weight: number): void {
  for (const w of tokenize(text)) counts.set(w, (counts.get(w) ?? 0) + weight);
}

function addModule(counts: Map<string, number>, m: ModuleDoc): void {
  addText(counts, m.name.replace(/\./g, ' '), 2);
  addText(counts, m.summary, 1.5);
  for (const member of m.members) {
    addText(counts, member.name, 1);
    addText(counts, member.doc, 0.5);
  }
}

function documents(catalog: Catalog): Doc[] {
  const docs: Doc[] = [];
  for (const lib of catalog.libraries) {
    if (lib.automatic) {
      for (const m of lib.modules) {
        const counts = new Map<string, number>();
        addText(counts, m.name.replace(/\./g, ' '), 3);
        addModule(counts, m);
        docs.push({ library: lib, module: m, name: m.name, counts });
      }
    } else {
      const counts = new Map<string, number>();
      addText(counts, lib.name, 3);
      addText(counts, lib.summary, 2);
      for (const m of lib.modules) addModule(counts, m);
      docs.push({ library: lib, module: null, name: lib.name, counts });
    }
  }
  return docs;
}

// ------------------------------------------------------------------ enabling

interface Enable {
  flags: string[];
  options: unknown;
  tier?: Tier;
}

/** Words that mean a task changes files (so the file system needs a write root). */
const WRITE_WORDS = new Set(
  ['write', 'save', 'store', 'delete', 'remove', 'rename', 'move', 'copy', 'create', 'modify', 'update', 'append', 'output'].map(stem),
);

/** How each built-in library is enabled: CLI flags and registration options, with placeholders in capitals. */
function enableFor(library: string, words: Set<string>, tier: Tier): Enable {
  switch (library) {
    case 'filesystem': {
      const write = [...words].some((w) => WRITE_WORDS.has(w));
      return write
        ? { flags: ['--allow-write DIR'], options: { roots: [{ path: '/ABSOLUTE/DIR', mode: 'write' }] }, tier: 'write' }
        : { flags: ['--allow-read DIR'], options: { roots: [{ path: '/ABSOLUTE/DIR', mode: 'read' }] }, tier: 'read' };
    }
    case 'requests':
      return { flags: ['--allow-url ORIGIN'], options: { allow: ['https://API.EXAMPLE.COM'] } };
    case 'env':
      return { flags: ['--allow-env NAME'], options: { allow: ['NAME'] } };
    case 'subprocess':
      return { flags: ['--allow-exec NAME=/ABSOLUTE/PATH'], options: { programs: { NAME: '/ABSOLUTE/PATH' } } };
    case 'sys':
      return { flags: ['--lib sys'], options: { argv: [] } };
    default:
      // Host-defined libraries have no CLI flag; the built-in ones without options use --lib.
      return { flags: library.includes(':') ? [] : [`--lib ${library}`], options: {}, tier };
  }
}

/** Whether a policy with this `maxTier` allows `tier` (on the CLI a critical maxTier opts in). */
function allows(maxTier: Tier, tier: Tier): boolean {
  if (isCritical(tier)) return isCritical(maxTier) && tierAtMost(tier, maxTier);
  return tierAtMost(tier, maxTier);
}

// ------------------------------------------------------------------ ranking

/** A library is recommended when it scores at least this fraction of the best match. */
const RECOMMEND = 0.5;

/**
 * Ranks the catalog's libraries (and standard-library modules) by how well
 * their documentation matches `task`. Best first; deterministic.
 */
export function rankLibraries(catalog: Catalog, task: string, options: RankOptions = {}): LibraryMatch[] {
  const maxTier = options.maxTier ?? 'network';
  if (!(TIERS as readonly string[]).includes(maxTier)) throw new HostUsageError(`maxTier must be one of ${TIERS.join(', ')}`);
  const limit = options.limit ?? 5;
  const cutoff = options.cutoff ?? 0.25;
  const { weights, via } = queryTerms(task);
  const docs = documents(catalog);
  const df = new Map<string, number>();
  for (const term of weights.keys()) df.set(term, docs.filter((d) => d.counts.has(term)).length);
  const taskWords = new Set(tokenize(task));

  const scored = docs.map((d) => {
    let score = 0;
    const matched = new Set<string>();
    for (const [term, weight] of weights) {
      const tf = d.counts.get(term);
      if (tf === undefined) continue;
      score += weight * Math.log(1 + docs.length / df.get(term)!) * Math.log(1 + tf);
      for (const shown of via.get(term)!) matched.add(shown);
    }
    return { d, score, matched };
  }).filter((s) => s.score > 0);
  scored.sort((a, b) => b.score - a.score || a.d.name.localeCompare(b.d.name));
  const best = scored[0]?.score ?? 0;

  return scored.filter((s) => s.score >= best * cutoff).slice(0, limit).map(({ d, score, matched }) => {
    const automatic = d.library.automatic;
    const enable = automatic ? null : enableFor(d.library.name, taskWords, d.library.tier);
    const tier = enable?.tier ?? d.library.tier;
    return {
      library: d.library.name,
      module: d.module?.name ?? null,
      name: d.name,
      tier,
      allowed: allows(maxTier, tier),
      automatic,
      recommended: !automatic && allows(maxTier, tier) && score >= best * RECOMMEND,
      score: Math.round(score * 100) / 100,
      matched: [...matched].sort(),
      flags: enable?.flags ?? [],
      options: enable?.options ?? null,
    };
  });
}

/** The policy that allows exactly these matches: the highest non-critical tier, and the critical ones by name. */
export function policyFor(matches: readonly LibraryMatch[]): Required<Policy> {
  let maxTier: Tier = 'pure';
  const allowCritical: string[] = [];
  for (const m of matches) {
    if (m.automatic) continue;
    if (isCritical(m.tier)) allowCritical.push(m.library);
    else if (!tierAtMost(m.tier, maxTier)) maxTier = m.tier;
  }
  return { maxTier, allowCritical };
}

/** TypeScript that registers these libraries (a starting point: replace the capitalised placeholders). */
export function registrationCode(matches: readonly LibraryMatch[]): string {
  const libs = matches.filter((m) => !m.automatic);
  const policy = policyFor(libs);
  const policyText = policy.allowCritical.length === 0
    ? `{ maxTier: '${policy.maxTier}' }`
    : `{ maxTier: '${policy.maxTier}', allowCritical: ${jsLiteral(policy.allowCritical)} }`;
  const lines = [
    "import { Interpreter, Registry } from 'sandling';",
    '',
    `const registry = new Registry({ policy: ${policyText} })`,
    ...libs.map((m) => `  .use('${m.library}'${isEmpty(m.options) ? '' : `, ${jsLiteral(m.options)}`})`),
  ];
  lines[lines.length - 1] += ';';
  lines.push('const interp = new Interpreter({ libraries: registry });');
  return lines.join('\n');
}

/** The CLI flags that enable these libraries (with `--max-tier` when the default would refuse one). */
export function cliFlags(matches: readonly LibraryMatch[]): string[] {
  const libs = matches.filter((m) => !m.automatic);
  const flags = libs.flatMap((m) => m.flags);
  const highest = libs.reduce<Tier>((t, m) => (tierAtMost(m.tier, t) ? t : m.tier), 'pure');
  if (!tierAtMost(highest, 'network')) flags.push(`--max-tier ${highest}`);
  return flags;
}

function isEmpty(v: unknown): boolean {
  return v === null || (typeof v === 'object' && Object.keys(v as object).length === 0);
}

/** A compact JavaScript literal: single quotes, bare identifier keys. */
function jsLiteral(v: unknown): string {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(jsLiteral).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const body = Object.entries(v).map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsLiteral(k)}: ${jsLiteral(x)}`);
    return body.length === 0 ? '{}' : `{ ${body.join(', ')} }`;
  }
  return String(v);
}
