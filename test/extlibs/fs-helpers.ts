// Helpers for the filesystem library tests: temp trees, disk snapshots, and
// running the same script under CPython and Sandling.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Interpreter, Registry, ScriptError } from '../../core/index.js';

/** A tree to create: a string or Buffer is a file, `null` a directory, `{ link }` a symlink. */
export type Tree = Record<string, string | Buffer | null | { link: string }>;

export function makeTempDir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sandling-fs-')));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function buildTree(dir: string, tree: Tree): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [rel, v] of Object.entries(tree)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (v === null) fs.mkdirSync(p, { recursive: true });
    else if (typeof v === 'string' || Buffer.isBuffer(v)) fs.writeFileSync(p, v);
    else fs.symlinkSync(v.link, p);
  }
}

/** Everything under `dir`: relative path -> 'dir' | 'link:<target>' | 'file:<base64>' (never follows links). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (p: string, rel: string): void => {
    for (const name of fs.readdirSync(p).sort()) {
      const full = path.join(p, name);
      const r = rel === '' ? name : `${rel}/${name}`;
      const st = fs.lstatSync(full);
      if (st.isSymbolicLink()) out[r] = `link:${fs.readlinkSync(full)}`;
      else if (st.isDirectory()) {
        out[r] = 'dir';
        visit(full, r);
      } else out[r] = `file:${fs.readFileSync(full).toString('base64')}`;
    }
  };
  visit(dir, '');
  return out;
}

export const PRELUDE = `import os, os.path, glob, shutil, pathlib
from pathlib import Path, PurePath, PurePosixPath
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None), getattr(e, 'filename2', None))
`;

export function runPython(script: string, cwd: string): string {
  const r = spawnSync('python3', ['-I', '-c', script], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return r.stdout;
}

export interface FsOptions {
  roots: { path: string; mode: 'read' | 'write' | 'overlay' }[];
  deny?: string[];
  cwd?: string;
  writeBytesLimit?: number;
  maxOpenFiles?: number;
}

export function sandling(options: FsOptions, limits: Record<string, unknown> = {}): Interpreter {
  return new Interpreter({ libraries: new Registry().use('filesystem', options), limits });
}

/** Runs a script; an uncaught exception is appended as `<Type>: <message>`. */
export function runSandling(interp: Interpreter, script: string): string {
  try {
    interp.run(script);
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    return `${interp.takeOutput()}${e.pyType}: ${e.pyMessage}\n`;
  }
  return interp.takeOutput();
}

/**
 * Runs `script` with CPython (cwd = a fresh copy of `tree`) and with Sandling
 * (a write root on a fresh copy at the same path), and returns both outputs
 * and both resulting trees.
 */
export function bothWays(tree: Tree, script: string): { python: string; sandling: string; pyTree: Record<string, string>; slTree: Record<string, string> } {
  const base = makeTempDir();
  const root = path.join(base, 'data');
  try {
    buildTree(root, tree);
    const python = runPython(PRELUDE + script, root);
    const pyTree = snapshot(root);
    removeDir(root);
    buildTree(root, tree);
    const out = runSandling(sandling({ roots: [{ path: root, mode: 'write' }] }), PRELUDE + script);
    return { python, sandling: out, pyTree, slTree: snapshot(root) };
  } finally {
    removeDir(base);
  }
}
