/**
 * The one command guard of the `subprocess` library: which program a script
 * may run, with which arguments, environment and working directory.
 *
 * - Programs are allow-listed by name and fixed to an absolute path at
 *   registration (it must exist and be executable then). A script names a
 *   program by that name (or by the exact registered path); anything else,
 *   including relative paths and other absolute paths, is refused. So neither
 *   `PATH` nor an executable the script wrote somewhere can change what runs.
 * - Arguments execute code too (`git -c core.sshCommand=...`,
 *   `--upload-pack=`, `find -exec`...), so each program may have argument
 *   rules: every argument must match one `allow` pattern (when given) and no
 *   `deny` pattern. Patterns run on RE2 (linear time: script arguments cannot
 *   make a host pattern backtrack).
 * - The child's environment is the host's explicit `env` option (default just
 *   `PATH=/usr/bin:/bin`), never the host process's; a script's `env=` may
 *   only set the names listed in `allowEnv` (because variables like
 *   `LD_PRELOAD` or `GIT_SSH_COMMAND` run code).
 * - The working directory is the host's `cwd` option; a script's `cwd=` must
 *   resolve (symlinks followed) inside one of `roots`.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { RE2JS } from 're2js';
import { RegistrationError } from '../core/errors.js';

export interface ArgumentRules {
  /** Every argument must match one of these (RE2 syntax, searched anywhere unless anchored). */
  allow?: string[];
  /** No argument may match any of these. */
  deny?: string[];
}

export interface CommandOptions {
  /** Program name -> absolute path of the executable. */
  programs: Record<string, string>;
  /** Per-program argument rules, by program name. */
  args: Record<string, ArgumentRules>;
  /** The whole environment children get. */
  env: Record<string, string>;
  /** Names a script's `env=` may set (on top of `env`). */
  allowEnv: string[];
  /** Working directory of children (absolute; default: the first root, else '/'). */
  cwd?: string;
  /** Directories a script's `cwd=` may name (absolute). */
  roots: string[];
  /** Most bytes of stdout + stderr one call may capture. */
  maxOutputBytes: number;
  /** Longest time one call may take (the cap for the script's `timeout`). */
  timeoutMs: number;
}

/** A refusal: what kind, and the script's own text that was refused (the only thing a message may show). */
export class CommandRefused {
  constructor(
    readonly kind: 'program' | 'argument' | 'cwd' | 'env',
    readonly subject: string,
  ) {}
}

/** A script cwd= under a root that is missing or not a directory (FileNotFoundError / NotADirectoryError, as CPython). */
export class CwdMissing {
  constructor(
    readonly subject: string,
    readonly code: 'ENOENT' | 'ENOTDIR',
  ) {}
}

function fail(message: string): never {
  throw new RegistrationError(message, 'subprocess');
}

function checkExecutable(name: string, path: string): void {
  if (!nodePath.isAbsolute(path)) fail(`program '${name}' must be an absolute path (got '${path}')`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
    fs.accessSync(path, fs.constants.X_OK);
  } catch {
    fail(`program '${name}' (${path}) does not exist or is not executable`);
  }
  if (!stat.isFile()) fail(`program '${name}' (${path}) is not a regular file`);
  // On Windows, batch files run through cmd.exe parsing even without a shell (BatBadBut).
  if (process.platform === 'win32' && /\.(bat|cmd)$/i.test(path)) fail(`program '${name}' (${path}) is a batch file`);
}

function checkDirectory(what: string, path: string): void {
  if (!nodePath.isAbsolute(path)) fail(`${what} must be an absolute path (got '${path}')`);
  let ok = false;
  try {
    ok = fs.statSync(path).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) fail(`${what} (${path}) is not an existing directory`);
}

function compileRule(name: string, pattern: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch {
    fail(`argument pattern '${pattern}' of program '${name}' is not a valid regular expression`);
  }
}

/** Canonical path (symlinks resolved), or null when it does not exist. */
function realPath(p: string): string | null {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return null;
  }
}

function inside(root: string, p: string): boolean {
  const rel = nodePath.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

/** Registration checks beyond the schema: programs, rules, directories. Throws RegistrationError. */
export function validateCommandOptions(o: CommandOptions): void {
  for (const [name, path] of Object.entries(o.programs)) checkExecutable(name, path);
  for (const [name, rules] of Object.entries(o.args)) {
    if (!Object.hasOwn(o.programs, name)) fail(`argument rules for '${name}', which is not a listed program`);
    for (const p of [...(rules.allow ?? []), ...(rules.deny ?? [])]) compileRule(name, p);
  }
  for (const root of o.roots) checkDirectory('root', root);
  if (o.cwd !== undefined) {
    checkDirectory('cwd', o.cwd);
    const real = realPath(o.cwd)!;
    if (o.roots.length > 0 && !o.roots.some((r) => inside(realPath(r)!, real))) fail(`cwd (${o.cwd}) is not inside the roots`);
  }
}

interface CompiledRules {
  readonly allow: RE2JS[] | null;
  readonly deny: RE2JS[];
}

export class CommandGuard {
  private readonly programs = new Map<string, string>();
  private readonly rules = new Map<string, CompiledRules>();
  private readonly roots: string[];
  readonly defaultCwd: string;

  constructor(private readonly options: CommandOptions) {
    for (const [name, path] of Object.entries(options.programs)) this.programs.set(name, path);
    for (const [name, r] of Object.entries(options.args)) {
      this.rules.set(name, {
        allow: r.allow === undefined ? null : r.allow.map((p) => compileRule(name, p)),
        deny: (r.deny ?? []).map((p) => compileRule(name, p)),
      });
    }
    this.roots = options.roots.map((r) => realPath(r) ?? r);
    this.defaultCwd = options.cwd ?? options.roots[0] ?? '/';
  }

  /** The registered name and absolute path of the program the script named, or a refusal. */
  program(scriptName: string): { name: string; path: string } | CommandRefused {
    const byName = this.programs.get(scriptName);
    if (byName !== undefined) return { name: scriptName, path: byName };
    for (const [name, path] of this.programs) if (path === scriptName) return { name, path };
    return new CommandRefused('program', scriptName);
  }

  /** The first argument the program's rules refuse, or null. */
  refusedArgument(name: string, args: readonly string[]): CommandRefused | null {
    const rules = this.rules.get(name);
    if (rules === undefined) return null;
    for (const a of args) {
      const allowed = rules.allow === null || rules.allow.some((re) => re.test(a));
      if (!allowed || rules.deny.some((re) => re.test(a))) return new CommandRefused('argument', a);
    }
    return null;
  }

  /** The host directory a child runs in: the default, or the script's `cwd=` when inside a root. */
  workingDirectory(scriptCwd: string | null): string | CommandRefused | CwdMissing {
    if (scriptCwd === null) return this.defaultCwd;
    const joined = nodePath.resolve(this.defaultCwd, scriptCwd);
    const real = realPath(joined);
    if (real !== null && this.roots.some((r) => inside(r, real))) {
      return fs.statSync(real).isDirectory() ? real : new CwdMissing(scriptCwd, 'ENOTDIR');
    }
    // Only a missing directory under a root is reported as missing: outside the roots, absent and present look the same.
    const underRoot = this.roots.some((r, i) => inside(r, joined) || inside(this.options.roots[i], joined));
    if (real === null && underRoot) return new CwdMissing(scriptCwd, 'ENOENT');
    return new CommandRefused('cwd', scriptCwd);
  }

  /** The child's environment: the host's `env`, plus the script's entries for names in `allowEnv`. */
  environment(scriptEnv: ReadonlyMap<string, string> | null): Record<string, string> | CommandRefused {
    const env: Record<string, string> = Object.create(null);
    for (const [k, v] of Object.entries(this.options.env)) env[k] = v;
    if (scriptEnv === null) return env;
    for (const [k, v] of scriptEnv) {
      if (!this.options.allowEnv.includes(k)) return new CommandRefused('env', k);
      env[k] = v;
    }
    return env;
  }
}
