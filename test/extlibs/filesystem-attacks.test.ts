// Confinement of the filesystem library: every escape attempt must fail with
// the right exception, name only the path the script wrote, and leave
// everything outside the roots untouched. Also: deny-globs, read-only roots,
// the overlay, budgets, registration errors and the open-time race checks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Interpreter, RegistrationError, Registry, ResourceExhausted } from '../../core/index.js';
import { overlayChanges } from '../../extlibs/filesystem.js';
import { DiskStore } from '../../extlibs/fs-store.js';
import { buildTree, makeTempDir, removeDir, runSandling, sandling, snapshot, type FsOptions } from './fs-helpers.js';

const HELPER = `
import os, os.path, glob, shutil
from pathlib import Path
def t(f):
    try:
        return '=' + repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'
`;

let base: string;
let data: string;
let outside: string;
let outsideBefore: Record<string, string>;

function denied(p: string): string {
  return `PermissionError: [Errno 13] Permission denied: '${p}'`;
}

/** Runs `[expression, expected]` cases in one script; returns [actual, expected] line lists. */
function check(cases: readonly (readonly [string, string])[], options?: FsOptions): void {
  const script = HELPER + cases.map(([expr]) => `print(t(lambda: ${expr}))`).join('\n');
  const out = runSandling(sandling(options ?? { roots: [{ path: data, mode: 'write' }], deny: ['**/*.key', 'private'] }), script);
  const lines = out.trimEnd().split('\n');
  expect(lines.map((l, i) => [cases[i]?.[0], l])).toEqual(cases.map(([expr, want]) => [expr, want]));
}

/** Nothing outside the roots changed (and nothing new appeared there). */
function expectOutsideUntouched(): void {
  expect(snapshot(outside)).toEqual(outsideBefore);
  expect(fs.readdirSync(base).sort()).toEqual(['data', 'data2', 'outside', 'ro']);
}

beforeEach(() => {
  base = makeTempDir();
  data = path.join(base, 'data');
  outside = path.join(base, 'outside');
  buildTree(base, {
    'outside/secret.txt': 'TOP SECRET',
    'outside/sub/x.txt': 'x',
    'data2/f.txt': 'sibling',
    'ro/r.txt': 'read only',
    'data/a.txt': 'inside',
    'data/secret.key': 'k1',
    'data/SECRET2.KEY': 'k2',
    'data/trail.key.': 'k3',
    'data/private/p.txt': 'p',
    'data/sub/s.txt': 's',
    'data/abs_out': { link: path.join(base, 'outside/secret.txt') },
    'data/rel_out': { link: '../outside/secret.txt' },
    'data/dir_out': { link: '../outside' },
    'data/chain1': { link: 'chain2' },
    'data/chain2': { link: '../outside/secret.txt' },
    'data/loop1': { link: 'loop2' },
    'data/loop2': { link: 'loop1' },
    'data/ok_link': { link: 'a.txt' },
    'data/dangling': { link: 'missing.txt' },
    'data/out_missing': { link: path.join(base, 'outside/created.txt') },
    'data/alias.txt': { link: 'secret.key' },
    'data/sub/up': { link: '../..' },
  });
  outsideBefore = snapshot(outside);
});

afterEach(() => {
  removeDir(base);
});

describe('path confinement', () => {
  it('refuses .. traversal, absolute paths outside the roots and sibling-prefix directories', () => {
    check([
      ["open('../outside/secret.txt')", denied('../outside/secret.txt')],
      ["open('sub/../../outside/secret.txt')", denied('sub/../../outside/secret.txt')],
      ["open('/etc/passwd')", denied('/etc/passwd')],
      [`open('${base}/data2/f.txt')`, denied(`${base}/data2/f.txt`)],
      [`open('${base}/data/../data2/f.txt')`, denied(`${base}/data/../data2/f.txt`)],
      [`os.listdir('${base}')`, denied(base)],
      ["os.listdir('/')", denied('/')],
      ["os.stat('..')", denied('..')],
      [`open('${data}/a.txt').read()`, "='inside'"],
      ["open('sub/../a.txt').read()", "='inside'"],
    ]);
    expectOutsideUntouched();
  });

  it('follows symlinks only while they stay inside: absolute, relative, chains, directory links and loops', () => {
    check([
      ["open('abs_out')", denied('abs_out')],
      ["open('rel_out')", denied('rel_out')],
      ["open('chain1')", denied('chain1')],
      ["open('dir_out/secret.txt')", denied('dir_out/secret.txt')],
      ["os.listdir('dir_out')", denied('dir_out')],
      ["open('sub/up/outside/secret.txt')", denied('sub/up/outside/secret.txt')],
      ["os.listdir('sub/up')", denied('sub/up')],
      ["open('loop1')", "OSError: [Errno 40] Too many levels of symbolic links: 'loop1'"],
      ["open('ok_link').read()", "='inside'"],
      ["open('dangling')", "FileNotFoundError: [Errno 2] No such file or directory: 'dangling'"],
      ["os.stat('abs_out')", denied('abs_out')],
      ["os.lstat('abs_out').st_mode & 0o170000 == 0o120000", '=True'],
      ["os.readlink('ok_link')", "='a.txt'"],
    ]);
    expectOutsideUntouched();
  });

  it('never writes through a symlink that leads out, nor creates files via one', () => {
    check([
      ["open('abs_out', 'w')", denied('abs_out')],
      ["open('rel_out', 'a')", denied('rel_out')],
      ["open('out_missing', 'w')", denied('out_missing')],
      ["open('dir_out/new.txt', 'x')", denied('dir_out/new.txt')],
      ["os.mkdir('dir_out/newdir')", denied('dir_out/newdir')],
      ["os.makedirs('dir_out/a/b')", denied('dir_out/a')],
      ["Path('chain1').write_text('pwned')", denied('chain1')],
      ["shutil.copy('a.txt', 'dir_out')", denied('dir_out')],
      ["os.utime('abs_out')", denied('abs_out')],
      // Removing a link removes the link itself, never its target.
      ["os.remove('abs_out')", '=None'],
      ["os.path.lexists('abs_out')", '=False'],
    ]);
    expectOutsideUntouched();
  });

  it('refuses renames and moves out of (or into) the roots', () => {
    check([
      ["os.rename('a.txt', '../outside/a.txt')", denied('../outside/a.txt')],
      ["os.replace('a.txt', 'dir_out/a.txt')", denied('dir_out/a.txt')],
      ["os.rename('../outside/secret.txt', 'stolen.txt')", denied('../outside/secret.txt')],
      ["shutil.move('a.txt', '../outside/')", denied('../outside/')],
      // shutil falls back to copying, whose makedirs then meets the guard at the first outside parent.
      ["shutil.move('sub', '/tmp')", denied('/')],
      ["shutil.copytree('sub', '../outside/copy')", denied('..')],
      ["shutil.copy('../outside/secret.txt', 'x.txt')", denied('../outside/secret.txt')],
      ["os.rename('.', 'x')", denied('.')],
      ["os.rmdir('.')", denied('.')],
      ["os.path.exists('a.txt') and os.path.exists('sub/s.txt')", '=True'],
    ]);
    expectOutsideUntouched();
  });

  it('existence checks and resolve() reveal nothing about outside paths', () => {
    check([
      ["os.path.exists('../outside/secret.txt')", '=False'],
      ["os.path.exists('../outside/nonexistent')", '=False'],
      ["os.path.exists('/etc/passwd')", '=False'],
      ["os.path.exists('abs_out')", '=False'],
      ["os.path.isfile('rel_out')", '=False'],
      ["os.path.isdir('dir_out')", '=False'],
      ["Path('/etc').exists()", '=False'],
      ["Path('dir_out').is_dir()", '=False'],
      ["Path('../outside/secret.txt').is_file()", '=False'],
      ["os.access('../outside/secret.txt', os.F_OK)", '=False'],
      ["os.path.realpath('abs_out')", denied('abs_out')],
      ["Path('dir_out').resolve()", denied('dir_out')],
      ["Path('../outside').resolve()", denied('../outside')],
      ["os.path.getsize('../outside/secret.txt')", denied('../outside/secret.txt')],
    ]);
  });

  it('messages never contain a host path the script did not write', () => {
    const script = `${HELPER}
for p in ['abs_out', 'rel_out', 'chain1', 'dir_out/secret.txt', 'sub/up/outside', 'loop1', 'out_missing', 'alias.txt', 'dangling']:
    for f in (open, os.stat, os.listdir, os.path.realpath, lambda p: open(p, 'w')):
        print(t(lambda: f(p)))
`;
    const out = runSandling(sandling({ roots: [{ path: data, mode: 'write' }], deny: ['**/*.key'] }), script);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBe(45);
    for (const line of lines) {
      // Errors name only what the script wrote; realpath results may name paths inside the root.
      if (line.startsWith('=')) expect(line.replaceAll(`'${data}/`, "'")).not.toContain(base);
      else expect(line).not.toContain(base);
    }
    expect(out).not.toContain('outside/secret');
    expect(out).not.toMatch(/ENOENT|EACCES|ELOOP|node:|Error: \w+,/);
    expectOutsideUntouched();
  });

  it('refuses null bytes (ValueError), backslashes, drive and UNC forms, over-long paths and names', () => {
    check([
      ["open('a\\0b')", 'ValueError: embedded null byte'],
      ["os.stat('a.txt\\x00')", 'ValueError: embedded null byte'],
      ["os.listdir('\\0')", 'ValueError: embedded null byte'],
      ["os.path.exists('a.txt\\0')", '=False'],
      ["Path('a\\0').exists()", '=False'],
      ["open('..\\\\outside\\\\secret.txt')", denied('..\\\\outside\\\\secret.txt')],
      ["open('C:\\\\Windows\\\\win.ini')", denied('C:\\\\Windows\\\\win.ini')],
      ["open('C:x')", denied('C:x')],
      ["open('\\\\\\\\server\\\\share\\\\x')", denied('\\\\\\\\server\\\\share\\\\x')],
      ["open('sub/C:/x')", denied('sub/C:/x')],
      ["t(lambda: open('n' * 256)).startswith('OSError: [Errno 36] File name too long')", '=True'],
      ["t(lambda: open('d/' * 2100)).startswith('OSError: [Errno 36] File name too long')", '=True'],
      ["t(lambda: os.mkdir('n' * 300)).startswith('OSError: [Errno 36]')", '=True'],
    ]);
    expect(fs.readdirSync(data).some((n) => n.startsWith('nnn'))).toBe(false);
  });

  it('cannot create symlinks or hard links', () => {
    check([
      ["hasattr(os, 'symlink')", '=False'],
      ["hasattr(os, 'link')", '=False'],
      ["hasattr(Path, 'symlink_to')", '=False'],
      ["hasattr(Path, 'hardlink_to')", '=False'],
      ["hasattr(os, 'system') or hasattr(os, 'open') or hasattr(os, 'chmod')", '=False'],
    ]);
  });

  it('refuses special files instead of blocking on them', () => {
    const made = spawnSync('mkfifo', [path.join(data, 'fifo')]);
    if (made.status !== 0) return; // no mkfifo on this host
    check([
      ["open('fifo')", denied('fifo')],
      ["open('fifo', 'w')", denied('fifo')],
    ]);
  });
});

describe('roots given through a symlink', () => {
  it('accept both spellings, and confine by the canonical path', () => {
    const alias = path.join(base, 'alias');
    fs.symlinkSync('data', alias);
    check([
      ['os.getcwd()', `='${alias}'`],
      ["open('a.txt').read()", "='inside'"],
      [`open('${alias}/a.txt').read()`, "='inside'"],
      [`open('${data}/a.txt').read()`, "='inside'"],
      ["os.path.realpath('sub')", `='${data}/sub'`],
      ["open('../outside/secret.txt')", denied('../outside/secret.txt')],
      [`open('${alias}/../outside/secret.txt')`, denied(`${alias}/../outside/secret.txt`)],
      ["open('../alias/a.txt').read()", "='inside'"],
    ], { roots: [{ path: alias, mode: 'write' }] });
    fs.unlinkSync(alias);
    expectOutsideUntouched();
  });
});

describe('deny globs', () => {
  it('are matched case-insensitively on canonical paths, refused on access and hidden from listings', () => {
    check([
      ["open('secret.key')", denied('secret.key')],
      ["open('SECRET2.KEY')", denied('SECRET2.KEY')],
      ["open('trail.key.')", denied('trail.key.')],
      ["open('sub/../secret.key')", denied('sub/../secret.key')],
      ["open('alias.txt')", denied('alias.txt')],
      ["open('private/p.txt')", denied('private/p.txt')],
      ["open('PRIVATE/p.txt')", denied('PRIVATE/p.txt')],
      ["open('private/../a.txt')", denied('private/../a.txt')],
      ["os.listdir('private')", denied('private')],
      ["open('new.key', 'w')", denied('new.key')],
      ["os.rename('a.txt', 'sub/stolen.Key')", denied('sub/stolen.Key')],
      ["os.path.exists('secret.key')", '=False'],
      ["sorted(os.listdir('.'))", "=['a.txt', 'dangling', 'ok_link', 'sub']"],
      ["sorted(glob.glob('**', recursive=True))", "=['a.txt', 'dangling', 'ok_link', 'sub', 'sub/s.txt']"],
      ["sorted(glob.glob('*.key') + glob.glob('*.KEY') + glob.glob('priv*/*'))", '=[]'],
      ["sorted(str(p) for p in Path('.').rglob('*'))", "=['a.txt', 'dangling', 'ok_link', 'sub', 'sub/s.txt']"],
      ["[(r, sorted(d), sorted(f)) for r, d, f in os.walk('.')]", "=[('.', ['sub'], ['a.txt', 'dangling', 'ok_link']), ('./sub', [], ['s.txt'])]"],
      ["sorted(e.name for e in os.scandir())", "=['a.txt', 'dangling', 'ok_link', 'sub']"],
    ]);
    expect(fs.existsSync(path.join(data, 'new.key'))).toBe(false);
    expect(fs.existsSync(path.join(data, 'a.txt'))).toBe(true);
  });

  it('listings and globs never leave the roots nor follow outbound links', () => {
    check([
      ["glob.glob('../*')", '=[]'],
      ["glob.glob('/etc/*')", '=[]'],
      [`glob.glob('${base}/*')`, '=[]'],
      ["glob.glob('dir_out/*')", '=[]'],
      ["glob.glob('sub/up/*')", '=[]'],
      // CPython yields the literal directory part of a recursive pattern without looking at it.
      ["glob.glob('../**', recursive=True)", "=['../']"],
      ["glob.glob('../*/**', recursive=True)", '=[]'],
      ["sorted(glob.glob('*'))", "=['a.txt', 'dangling', 'ok_link', 'sub']"],
      ["list(Path('..').glob('*'))", '=[]'],
    ], { roots: [{ path: data, mode: 'write' }], deny: ['**/*.key', 'private', 'alias*'] });
  });
});

describe('read-only roots', () => {
  it('allow reads and refuse every change', () => {
    const ro = path.join(base, 'ro');
    const before = snapshot(ro);
    check([
      [`open('${ro}/r.txt').read()`, "='read only'"],
      [`open('${ro}/r.txt', 'w')`, denied(`${ro}/r.txt`)],
      [`open('${ro}/r.txt', 'a')`, denied(`${ro}/r.txt`)],
      [`open('${ro}/r.txt', 'r+')`, denied(`${ro}/r.txt`)],
      [`open('${ro}/new.txt', 'x')`, denied(`${ro}/new.txt`)],
      [`os.remove('${ro}/r.txt')`, denied(`${ro}/r.txt`)],
      [`os.mkdir('${ro}/d')`, denied(`${ro}/d`)],
      [`os.rename('${ro}/r.txt', 'taken.txt')`, denied(`${ro}/r.txt`)],
      [`os.rename('a.txt', '${ro}/a.txt')`, denied(`${ro}/a.txt`)],
      [`shutil.rmtree('${ro}')`, denied(`${ro}/r.txt`)],
      [`Path('${ro}/r.txt').touch()`, denied(`${ro}/r.txt`)],
      [`os.access('${ro}/r.txt', os.W_OK)`, '=False'],
      [`shutil.copy('${ro}/r.txt', 'copy.txt')`, "='copy.txt'"],
    ], { roots: [{ path: data, mode: 'write' }, { path: ro, mode: 'read' }] });
    expect(snapshot(ro)).toEqual(before);
    expect(fs.readFileSync(path.join(data, 'copy.txt'), 'utf8')).toBe('read only');
  });

  it('reach only tier read', () => {
    expect(new Registry().use('filesystem', { roots: [{ path: data, mode: 'read' }] }).registrations()[0].tier).toBe('read');
    expect(() => new Registry({ policy: { maxTier: 'read' } }).use('filesystem', { roots: [{ path: data, mode: 'write' }] }))
      .toThrow(RegistrationError);
  });
});

describe('overlay roots', () => {
  const SCRIPT = `
import os, shutil
from pathlib import Path
Path('new.txt').write_text('created')
with open('a.txt', 'a') as f:
    f.write(' + more')
os.remove('sub/s.txt')
os.remove('sub/up')  # hidden from listings (it leads out), but the link itself can be removed
os.rmdir('sub')
os.makedirs('made/deeper')
os.rename('new.txt', 'made/moved.txt')
shutil.copytree('made', 'made2')
os.mkdir('sub')
print(sorted(os.listdir('.')))
print(open('a.txt').read(), open('made/moved.txt').read(), os.path.exists('new.txt'), os.listdir('sub'))
print(sorted(str(p) for p in Path('.').rglob('*')))
print(os.stat('a.txt').st_size, os.path.isdir('made/deeper'))
`;

  it('merges the disk with an in-memory layer and never writes the disk', () => {
    const before = snapshot(data);
    const interp = sandling({ roots: [{ path: data, mode: 'overlay' }], deny: ['**/*.key', 'private', 'alias*'] });
    const out = runSandling(interp, SCRIPT);
    expect(out).toBe(
      "['a.txt', 'dangling', 'made', 'made2', 'ok_link', 'sub']\n"
      + 'inside + more created False []\n'
      + "['a.txt', 'dangling', 'made', 'made/deeper', 'made/moved.txt', 'made2', 'made2/deeper', 'made2/moved.txt', 'ok_link', 'sub']\n"
      + '13 True\n',
    );
    expect(snapshot(data)).toEqual(before);
    expectOutsideUntouched();
    const changes = overlayChanges(interp).map((c) => ({ ...c, path: path.relative(data, c.path), data: c.data && Buffer.from(c.data).toString() }));
    expect(changes).toEqual([
      { path: 'a.txt', type: 'file', data: 'inside + more' },
      { path: 'made', type: 'directory', data: undefined },
      { path: 'made/deeper', type: 'directory', data: undefined },
      { path: 'made/moved.txt', type: 'file', data: 'created' },
      { path: 'made2', type: 'directory', data: undefined },
      { path: 'made2/deeper', type: 'directory', data: undefined },
      { path: 'made2/moved.txt', type: 'file', data: 'created' },
      // sub was emptied, removed and made again: the new one replaces the disk's.
      { path: 'sub', type: 'directory', data: undefined, replacesDisk: true },
    ]);
  });

  it('is confined like a disk root and keeps state per interpreter', () => {
    check([
      ["open('abs_out', 'w')", denied('abs_out')],
      ["open('../outside/x.txt', 'w')", denied('../outside/x.txt')],
      ["os.rename('a.txt', '../outside/a.txt')", denied('../outside/a.txt')],
      ["os.rename('a.txt', '../data2/a.txt')", denied('../data2/a.txt')],
      ["open('a.txt', 'w').write('changed')", '=7'],
      ["open('a.txt').read()", "='changed'"],
    ], { roots: [{ path: data, mode: 'overlay' }] });
    expect(fs.readFileSync(path.join(data, 'a.txt'), 'utf8')).toBe('inside');
    const fresh = runSandling(sandling({ roots: [{ path: data, mode: 'overlay' }] }), "print(open('a.txt').read())");
    expect(fresh).toBe('inside\n');
    expectOutsideUntouched();
  });

  it('refuses renames between the overlay and a disk root (EXDEV), so shutil.move copies', () => {
    const ro = path.join(base, 'ro');
    const out = runSandling(sandling({ roots: [{ path: data, mode: 'overlay' }, { path: base + '/data2', mode: 'write' }] }), `
import os, shutil
try:
    os.rename('a.txt', '${base}/data2/a.txt')
except OSError as e:
    print(e.errno, e)
print(shutil.move('a.txt', '${base}/data2/a.txt'), os.path.exists('a.txt'))
`);
    expect(out).toBe(`18 [Errno 18] Invalid cross-device link: 'a.txt' -> '${base}/data2/a.txt'\n${base}/data2/a.txt False\n`);
    expect(fs.readFileSync(path.join(base, 'data2/a.txt'), 'utf8')).toBe('inside');
    expect(fs.existsSync(path.join(data, 'a.txt'))).toBe(true);
    void ro;
  });

  it('reaches only tier read', () => {
    const reg = new Registry({ policy: { maxTier: 'read' } }).use('filesystem', { roots: [{ path: data, mode: 'overlay' }] });
    expect(reg.registrations()[0].tier).toBe('read');
  });
});

describe('budgets', () => {
  it('writeBytesLimit stops writes with ENOSPC', () => {
    const interp = sandling({ roots: [{ path: data, mode: 'write' }], writeBytesLimit: 10 });
    const out = runSandling(interp, `
f = open('w.txt', 'w')
print(f.write('12345678'))
try:
    f.write('abc')
except OSError as e:
    print(type(e).__name__, e.errno, e)
f.close()
print(open('w.txt').read())
`);
    expect(out).toBe("8\nOSError 28 [Errno 28] No space left on device: 'w.txt'\n12345678\n");
  });

  it('reads are size-checked before allocating', () => {
    fs.writeFileSync(path.join(data, 'big.bin'), Buffer.alloc(200_000));
    const interp = sandling({ roots: [{ path: data, mode: 'read' }] }, { maxValueBytes: 100_000 });
    expect(() => interp.run("open('big.bin', 'rb').read()")).toThrow(ResourceExhausted);
    expect(() => interp.run("open('big.bin').read()")).toThrow(/value size limit/);
    expect(runSandling(interp, "print(len(open('big.bin', 'rb').read(1000)))")).toBe('1000\n');
  });

  it('listings charge the instruction budget', () => {
    for (let i = 0; i < 3000; i++) fs.writeFileSync(path.join(data, `f${i}`), '');
    const interp = sandling({ roots: [{ path: data, mode: 'read' }] }, { maxOps: 2000 });
    expect(() => interp.run('import os\nos.listdir(".")')).toThrow(/instruction budget/);
  });

  it('open files are capped, and closing frees the slots', () => {
    const out = runSandling(sandling({ roots: [{ path: data, mode: 'read' }], maxOpenFiles: 3 }), `
fs = [open('a.txt') for _ in range(3)]
try:
    open('a.txt')
except OSError as e:
    print(e.errno, e)
fs[0].close()
print(open('a.txt').read())
`);
    expect(out).toBe("24 [Errno 24] Too many open files: 'a.txt'\ninside\n");
  });
});

describe('registration', () => {
  it('rejects bad options with clear RegistrationErrors', () => {
    const use = (o: unknown) => () => new Registry().use('filesystem', o);
    expect(use({})).toThrow(/must have required property 'roots'/);
    expect(use({ roots: [] })).toThrow(/options.roots must NOT have fewer than 1 items/);
    expect(use({ roots: [{ path: 'relative/dir', mode: 'read' }] })).toThrow(/options.roots\[0\].path must be an absolute path/);
    expect(use({ roots: [{ path: path.join(base, 'nope'), mode: 'read' }] })).toThrow(/does not exist/);
    expect(use({ roots: [{ path: path.join(data, 'a.txt'), mode: 'read' }] })).toThrow(/is not a directory/);
    expect(use({ roots: [{ path: data, mode: 'rw' }] })).toThrow(RegistrationError);
    expect(use({ roots: [{ path: data, mode: 'read' }], extra: 1 })).toThrow(/unknown key 'extra'/);
    expect(use({ roots: [{ path: data, mode: 'read' }], cwd: outside })).toThrow(/is not inside a root/);
    expect(use({ roots: [{ path: data, mode: 'read' }], cwd: 'sub' })).toThrow(/must be an absolute path/);
    expect(use({ roots: [{ path: data, mode: 'read' }], writeBytesLimit: -1 })).toThrow(RegistrationError);
  });

  it('cwd sets where relative paths start', () => {
    const out = runSandling(sandling({ roots: [{ path: data, mode: 'read' }], cwd: path.join(data, 'sub') }), `
import os
print(os.getcwd() == ${JSON.stringify(path.join(data, 'sub'))}, open('s.txt').read(), open('../a.txt').read())
`);
    expect(out).toBe('True s inside\n');
  });

  it('is absent unless registered, and shares os with the env library', () => {
    expect(() => new Interpreter().run('open("x")')).toThrow(/name 'open' is not defined/);
    process.env.SANDLING_FS_TEST = 'v';
    const reg = new Registry().use('filesystem', { roots: [{ path: data, mode: 'read' }] }).use('env', { allow: ['SANDLING_FS_TEST'] });
    const interp = new Interpreter({ libraries: reg });
    expect(runSandling(interp, "import os\nprint(os.getenv('SANDLING_FS_TEST'), os.path.exists('a.txt'), 'a.txt' in os.listdir())"))
      .toBe('v True True\n');
  });
});

describe('open-time race checks (DiskStore)', () => {
  const READ = { read: true, write: false, create: false, exclusive: false, truncate: false };

  it('a final component swapped for a symlink after the check is not followed', () => {
    const store = new DiskStore();
    const p = path.join(data, 'a.txt');
    const seen = store.lstat(p)!;
    fs.unlinkSync(p);
    fs.symlinkSync(path.join(outside, 'secret.txt'), p);
    expect(() => store.open(p, READ, seen)).toThrow(expect.objectContaining({ code: 'ELOOP' }));
  });

  it('a directory swapped for a symlink after the check opens a different inode, which is refused', () => {
    const store = new DiskStore();
    fs.writeFileSync(path.join(outside, 'sub', 's.txt'), 'outside s');
    const p = path.join(data, 'sub', 's.txt');
    const seen = store.lstat(p)!;
    fs.renameSync(path.join(data, 'sub'), path.join(data, 'sub-old'));
    fs.symlinkSync(path.join(outside, 'sub'), path.join(data, 'sub'));
    expect(() => store.open(p, READ, seen)).toThrow(expect.objectContaining({ code: 'EACCES' }));
  });

  it('a file created in a parent swapped meanwhile is refused and removed again', () => {
    const store = new DiskStore();
    fs.renameSync(path.join(data, 'sub'), path.join(data, 'sub-old'));
    fs.symlinkSync(path.join(outside, 'sub'), path.join(data, 'sub'));
    const create = { read: false, write: true, create: true, exclusive: false, truncate: true };
    expect(() => store.open(path.join(data, 'sub', 'new.txt'), create, null)).toThrow(expect.objectContaining({ code: 'EACCES' }));
    expect(fs.existsSync(path.join(outside, 'sub', 'new.txt'))).toBe(false);
  });

  it('through the library, a swapped final component is a PermissionError', () => {
    const interp = sandling({ roots: [{ path: data, mode: 'write' }] });
    interp.set('swap', () => {
      fs.unlinkSync(path.join(data, 'a.txt'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(data, 'a.txt'));
    });
    const out = runSandling(interp, `
import os
print(os.path.isfile('a.txt'))
swap()
try:
    open('a.txt')
except PermissionError as e:
    print(e)
`);
    expect(out).toBe("True\n[Errno 13] Permission denied: 'a.txt'\n");
    expectOutsideUntouched();
  });
});
