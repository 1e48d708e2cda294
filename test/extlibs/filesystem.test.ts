// The filesystem library behaves like CPython: the same script runs under
// python3 (cwd = a temp tree) and under Sandling (a write root on an identical
// tree at the same path); outputs and the resulting trees must be equal.
// Listings are printed sorted (Sandling lists in sorted order, CPython in
// directory order), and symlinked directories are kept out of recursive
// globs (Sandling never descends into them; CPython 3.11's glob does).
import { describe, expect, it } from 'vitest';
import { bothWays, type Tree } from './fs-helpers.js';

const TREE: Tree = {
  'a.txt': 'hello\n',
  'sub/b.txt': 'l1\nl2\r\nl3\rl4',
  'sub/deep/c.py': 'x\n',
  'sub/d.py': 'y\n',
  '.hid/h.txt': 'z\n',
  'empty': null,
  'bin.dat': Buffer.from([0xff, 0xfe, 0x61, 0x62]),
  'link_a': { link: 'a.txt' },
  'link_sub': { link: 'sub' },
};

/** The same tree without the symlinked directory (for recursive globs). */
const FLAT_TREE: Tree = Object.fromEntries(Object.entries(TREE).filter(([k]) => k !== 'link_sub'));

function expectSameAsCPython(tree: Tree, script: string): void {
  const r = bothWays(tree, script);
  expect(r.sandling).toBe(r.python);
  expect(r.slTree).toEqual(r.pyTree);
}

const OS_SCRIPT = String.raw`
show(lambda: os.mkdir('sub'))
show(lambda: os.rmdir('sub'))
show(lambda: os.rmdir('a.txt'))
show(lambda: os.remove('sub'))
show(lambda: os.listdir('a.txt'))
show(lambda: os.listdir('nope'))
show(lambda: open('nope'))
show(lambda: open('sub'))
show(lambda: open('sub', 'w'))
show(lambda: open('a.txt', 'x'))
show(lambda: open('nope/x', 'w'))
show(lambda: open('a.txt/x'))
show(lambda: os.rename('nope', 'x'))
show(lambda: os.rename('sub', 'a.txt'))
show(lambda: os.rename('a.txt', 'sub'))
show(lambda: os.rename('sub', 'empty'))
show(lambda: os.stat('nope').st_size)
show(lambda: os.stat(''))
show(lambda: open(''))
show(lambda: open('x', 'rw'))
show(lambda: open('x', 'rr'))
show(lambda: open('x', 'rbt'))
show(lambda: open('x', 'q'))
show(lambda: open('a.txt', 'rb', encoding='utf-8'))
show(lambda: open('a.txt', 'r', buffering=0))
show(lambda: open('a.txt', newline='x'))
show(lambda: open('a.txt', encoding='nope'))
show(lambda: open(3.5))
show(lambda: os.listdir(3.5))
show(lambda: os.path.join('a', 3))
show(lambda: os.path.join(3, 'a'))
show(lambda: os.makedirs('sub'))
show(lambda: os.makedirs('sub', exist_ok=True))
show(lambda: os.makedirs('a.txt', exist_ok=True))
show(lambda: os.makedirs('n1/n2/n3'))
show(lambda: sorted(os.listdir('n1/n2')))
show(lambda: os.removedirs('n1/n2/n3'))
show(lambda: os.path.exists('n1'))
show(lambda: os.stat('link_a').st_size == os.lstat('link_a').st_size)
show(lambda: os.path.islink('link_a'))
show(lambda: os.readlink('link_a'))
show(lambda: os.readlink('a.txt'))
show(lambda: os.path.realpath('link_sub/deep') == os.path.abspath('sub/deep'))
show(lambda: os.path.samefile('link_a', 'a.txt'))
show(lambda: sorted(os.listdir()))
show(lambda: [(e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e.is_dir(follow_symlinks=False)) for e in sorted(os.scandir(), key=lambda e: e.name)])
show(lambda: [repr(e) for e in sorted(os.scandir('sub'), key=lambda e: e.name)])
show(lambda: os.getcwd() == os.path.abspath('.'))
show(lambda: os.path.getsize('sub/b.txt'))
show(lambda: os.path.isfile('link_a'))
show(lambda: os.path.isdir('link_sub'))
show(lambda: os.path.exists('a.txt\0'))
show(lambda: os.stat('a.txt\0'))
show(lambda: open('x' * 300))
show(lambda: os.access('a.txt', os.F_OK))
show(lambda: os.access('nope', os.F_OK))
show(lambda: os.access('a.txt', os.W_OK))
show(lambda: list(os.walk('nope')))
show(lambda: sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk('.', topdown=False)))
show(lambda: sorted([(r, sorted(d), sorted(f)) for r, d, f in os.walk('sub')]))
os.chdir('sub')
show(lambda: (os.getcwd().endswith('/sub'), sorted(os.listdir())))
os.chdir('..')
show(lambda: os.path.relpath(os.path.abspath('sub/deep'), 'sub'))
show(lambda: (os.sep, os.curdir, os.pardir, os.linesep, os.name, os.path.sep))
show(lambda: os.stat_result)
show(lambda: type(os.stat('a.txt')).__name__)
show(lambda: len(os.stat('a.txt')))
show(lambda: (str(os.stat('a.txt'))[:32], repr(os.stat('a.txt'))[:32], os.stat('a.txt').st_mtime == os.path.getmtime('a.txt'), os.stat('a.txt')[8] == int(os.stat('a.txt').st_mtime)))
`;
const OPEN_SCRIPT = String.raw`
with open('w.txt', 'w') as f:
    print(f.write('héllo\nwörld\n'), f.tell(), f.mode, f.name, f.closed, f.encoding, f.readable(), f.writable(), f.seekable())
    show(lambda: f.read())
print(f.closed)
show(lambda: f.write('x'))
show(lambda: f.read())
show(lambda: f.tell())
with open('w.txt') as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell(), repr(f.readline(2)), repr(f.read()), repr(f.read()), repr(f.readline()))
with open('w.txt', 'a') as f:
    print(f.tell(), f.write('more'))
with open('w.txt', 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write('H')
    f.seek(0, 2)
    print(f.tell())
    f.seek(0)
    print(f.readlines())
with open('w.txt', 'rb') as f:
    print(f.read(4), f.tell(), f.seek(-3, 2), f.read(), f.seek(2), f.seek(1, 1), f.read(2), f.mode, f.readable(), f)
    show(lambda: f.write(b'x'))
    show(lambda: f.seek(-100))
with open('b.bin', 'wb') as f:
    print(f.write(b'\x00\x01line1\nline2\n'), f.write(bytearray(b'zz')), f)
    show(lambda: f.write('str'))
with open('b.bin', 'rb') as f:
    print(list(f))
with open('b.bin', 'r+b') as f:
    f.seek(3); f.write(b'XY'); f.seek(0); print(f.read(), f, f.mode)
    print(f.truncate(4), f.tell()); f.seek(0); print(f.read())
with open('b.bin', 'w+b') as f:
    print(f.read(), f.write(b'abc'), f.tell()); f.seek(0); print(f.read())
with open('b.bin', 'ab+') as f:
    print(f.tell(), f.write(b'd')); f.seek(0); print(f.read(), f.mode, f)
with open('b.bin', 'rb', buffering=0) as f:
    print(f, f.read(2), f.mode)
print(f)
with open('nl.txt', 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), f.readlines())
    with open('nl.txt', newline=nl) as f:
        print(repr(nl), repr(f.read(3)), repr(f.read()))
with open('nl2.txt', 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open('nl2.txt', 'rb') as f: print(f.read())
with open('nl3.txt', 'w', newline='\r') as f:
    f.write('x\ny\n')
with open('nl3.txt', 'rb') as f: print(f.read())
with open('lat.txt', 'w', encoding='latin-1') as f:
    f.write('café')
    print(f.encoding)
with open('lat.txt', 'rb') as f: print(f.read())
with open('lat.txt', encoding='latin-1') as f: print(f.read())
show(lambda: open('lat.txt').read())
with open('lat.txt', errors='replace') as f: print(repr(f.read()))
with open('u16.txt', 'w', encoding='utf-16') as f:
    f.write('ab'); f.write('cd')
with open('u16.txt', 'rb') as f: print(f.read())
with open('u16.txt', encoding='utf-16') as f: print(f.read())
with open('w2.txt', 'w') as f:
    f.writelines(['a\n', 'b\n', 'c'])
with open('w2.txt') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open('w2.txt') as f:
    print(f.readlines(3))
with open('w2.txt') as f:
    print(next(f), f.readline())
show(lambda: open('w2.txt', 'w').read())
show(lambda: open('w2.txt').write('x'))
with open('w2.txt', 'x' if False else 'w') as f:
    pass
print(os.path.getsize('w2.txt'))
with open('w2.txt', 'w') as f:
    f.write('abc')
    print(f.truncate(1))
print(open('w2.txt').read())
f = open('w2.txt'); f.close(); f.close(); print(f.closed, f)
with open('emoji.txt', 'w') as f:
    f.write('a😀b\n')
with open('emoji.txt') as f:
    print(repr(f.read(2)), f.tell(), repr(f.read()))
with open('big.txt', 'w') as f:
    for i in range(20000):
        f.write('line %d é\r\n' % i)
with open('big.txt') as f:
    n = 0
    for line in f:
        n += 1
    print(n, repr(line))
with open('big.txt') as f:
    data = f.read()
    print(len(data), data.count('\n'))
with open('big.txt') as f:
    f.readline(); pos = f.tell(); l2 = f.readline(); f.seek(pos); print(pos, f.readline() == l2)
with open('big.txt', newline='') as f:
    print(repr(f.read(70000)[-5:]), f.tell())
`;
const PURE_PATH_SCRIPT = String.raw`
for s in ['', '.', '/', '//', '///', 'a', 'a/b', '/a/b/', 'a//b/./c', '../x', 'a/..', 'x.tar.gz', '.bashrc', 'a/b.', 'a/.b.c', '/x/y.z']:
    p = PurePath(s)
    print(repr(p), str(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parts, p.root, p.anchor, p.is_absolute(), list(p.parents), len(p.parents))
p = Path('a/b/c.txt')
print(p.parents[0], p.parents[-1], p.parents[1:], p.parents)
show(lambda: p.parents[3])
print(p.with_name('d.py'), p.with_suffix('.md'), p.with_suffix(''), p.with_stem('zz'), p.joinpath('x', 'y'), 'pre' / p, p / '/abs')
show(lambda: p.with_suffix('md'))
show(lambda: p.with_suffix('.'))
show(lambda: p.with_name(''))
show(lambda: p.with_name('a/b'))
show(lambda: PurePath('/').with_name('x'))
print(PurePath('/a/b').relative_to('/a'), PurePath('/a/b').relative_to('/'), PurePath('a/b').relative_to('a', 'b'))
show(lambda: PurePath('/a/b').relative_to('/c'))
show(lambda: PurePath('a/b').relative_to('/a'))
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('b'))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('/*.py'), PurePath('a/b.py').match('a/*/b.py'))
show(lambda: PurePath('a').match(''))
print(PurePath('a') == PurePosixPath('a'), PurePath('a') == Path('a'), PurePath('a') < PurePath('b'), sorted([Path('b'), Path('a/c'), Path('a')]))
print(hash(Path('a/b')) == hash(PurePath('a/b')), {Path('x'): 1}[Path('x')], Path('a') == 'a')
print(type(Path('x')).__name__, type(PurePath('x')).__name__, isinstance(Path('x'), PurePath), os.fspath(Path('q/r')), str(Path('q') / Path('r')))
show(lambda: Path('a') / 3)
show(lambda: PurePath(3))
print(Path('/a/b').as_uri(), bytes(Path('a/é')))
show(lambda: Path('a').as_uri())
show(lambda: Path('x').expanduser())
pass
`;
const PATH_IO_SCRIPT = String.raw`
# I/O
print(Path('a.txt').exists(), Path('nope').exists(), Path('sub').is_dir(), Path('a.txt').is_file(), Path('link_a').is_symlink(), Path('a.txt').stat().st_size)
print(sorted(Path('sub').iterdir()), sorted(p.name for p in Path('.').iterdir()))
print(sorted(Path('.').glob('*.txt')), sorted(Path('.').glob('**/*.py')), sorted(Path('.').rglob('*.py')), sorted(Path('.').glob('s*/')), sorted(Path('sub').glob('*')))
print(sorted(Path('.').glob('**')), sorted(Path('.').glob('*/deep')), sorted(Path('.').glob('.h*/*')), sorted(Path('.').glob('[ab]*')))
show(lambda: list(Path('.').glob('')))
show(lambda: list(Path('.').glob('/x')))
show(lambda: list(Path('.').glob('a**')))
print(Path('n1/n2').mkdir(parents=True), Path('n1/n2').is_dir())
show(lambda: Path('n1').mkdir())
show(lambda: Path('n1').mkdir(exist_ok=True))
show(lambda: Path('m1/m2').mkdir())
print(Path('n1/f.txt').write_text('hi\n'), Path('n1/f.txt').read_text(), Path('n1/g.bin').write_bytes(b'\x00\x01'), Path('n1/g.bin').read_bytes())
show(lambda: Path('n1/f.txt').write_text(b'x'))
show(lambda: Path('n1/f.txt').write_bytes('x'))
Path('n1/t').touch(); print(Path('n1/t').exists())
show(lambda: Path('n1/t').touch(exist_ok=False))
print(Path('n1/t').rename('n1/t2'), Path('n1/t2').replace('n1/t3'), sorted(os.listdir('n1')))
Path('n1/t3').unlink(); show(lambda: Path('n1/t3').unlink()); print(Path('n1/t3').unlink(missing_ok=True))
show(lambda: Path('n1').rmdir())
print(Path('link_sub/deep').resolve() == Path('sub/deep').absolute(), Path('x/../y').resolve() == Path.cwd() / 'y', Path('.').absolute() == Path.cwd())
print(Path('link_a').samefile('a.txt'), Path('link_a').readlink(), Path('a.txt').read_bytes())
with Path('a.txt').open() as f: print(f.read())
`;
const GLOB_SCRIPT = String.raw`
# glob module
print(sorted(glob.glob('*')), sorted(glob.glob('**', recursive=True)), sorted(glob.glob('**/', recursive=True)), sorted(glob.glob('*/')))
print(sorted(glob.glob('**/*.py', recursive=True)), sorted(glob.glob('**/*.py')), sorted(glob.glob('*', include_hidden=True)), sorted(glob.glob('.*')))
print(sorted(glob.glob('sub/*.?y')), glob.glob('sub/[bc]*'), glob.glob('sub/[!b]*.py'), glob.glob('a.txt'), glob.glob('nope'), glob.glob('sub/'), glob.glob('a.txt/'), glob.glob(''))
print(sorted(glob.glob('*', root_dir='sub')), sorted(glob.glob('**', root_dir='sub', recursive=True)), sorted(glob.iglob('s*/*')), glob.escape('a*[b]?'), glob.has_magic('a*'), glob.has_magic('ab'))
print(sorted(glob.glob(os.path.join(os.getcwd(), 'sub', '*.py'))) == sorted(os.path.join(os.getcwd(), 'sub', n) for n in ['d.py']))
`;
const SHUTIL_SCRIPT = String.raw`
# shutil
print(shutil.copyfile('a.txt', 'c1.txt'), shutil.copy('a.txt', 'sub'), shutil.copy2('a.txt', 'c2.txt'), sorted(os.listdir('sub')))
show(lambda: shutil.copyfile('a.txt', 'a.txt'))
show(lambda: shutil.copyfile('nope', 'x'))
show(lambda: shutil.copyfile('a.txt', 'sub'))
print(shutil.copytree('sub', 'sub2'), sorted(os.listdir('sub2')), sorted(os.listdir('sub2/deep')))
show(lambda: shutil.copytree('sub', 'sub2'))
print(shutil.copytree('sub', 'sub2', dirs_exist_ok=True))
print(shutil.copytree('sub', 'sub3', ignore=shutil.ignore_patterns('*.py', 'deep')), sorted(os.listdir('sub3')))
print(shutil.move('c1.txt', 'sub3'), shutil.move('sub3', 'sub4'), sorted(os.listdir('sub4')), shutil.move('c2.txt', 'c3.txt'))
show(lambda: shutil.move('sub4', 'sub4/x'))
print(shutil.rmtree('sub2'), os.path.exists('sub2'))
show(lambda: shutil.rmtree('nope'))
print(shutil.rmtree('nope', ignore_errors=True))
errs = []
shutil.rmtree('nope', onerror=lambda f, p, e: errs.append((f.__name__, p, e[0].__name__)))
print(errs)
show(lambda: shutil.rmtree('link_sub'))
with open('a.txt') as fa, open('cf.txt', 'w') as fb:
    shutil.copyfileobj(fa, fb)
print(open('cf.txt').read())
`;

describe('filesystem behaves like CPython', () => {
  it('os: listings, stat, errors, makedirs, walk, chdir, symlinks inside the root', () => {
    expectSameAsCPython(TREE, OS_SCRIPT);
  });

  it('open(): text and binary modes, seek/tell, newlines, encodings, errors, iteration', () => {
    expectSameAsCPython(TREE, OPEN_SCRIPT);
  });

  it('pathlib: pure path operations', () => {
    expectSameAsCPython(TREE, PURE_PATH_SCRIPT);
  });

  it('pathlib: file system operations', () => {
    expectSameAsCPython(TREE, PATH_IO_SCRIPT);
  });

  it('glob', () => {
    expectSameAsCPython(FLAT_TREE, GLOB_SCRIPT);
  });

  it('shutil', () => {
    expectSameAsCPython(FLAT_TREE, SHUTIL_SCRIPT);
  });

  it('os.path string functions', () => {
    expectSameAsCPython({}, String.raw`
for p in ['', '/', '//', '///a', 'a/b/', 'a//b', '/a/./b/../c', '../../x', 'a/..', '.', './a', 'x.tar.gz', '.bashrc', '..x', 'a.b/c', '/a/b.c.']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.join('a', 'b', '/c', 'd'), os.path.join('a/', 'b'), os.path.join('', 'x'), os.path.join('a', ''), os.path.join(Path('p'), 'q'))
print(os.path.relpath('a/b', 'a'), os.path.relpath('a', 'a/b/c'), os.path.relpath('/x/y', '/x/z'), os.path.relpath('.'))
show(lambda: os.path.relpath(''))
print(os.path.commonpath(['/a/b/c', '/a/b/d', '/a/bx']), os.path.commonpath(['a/b', 'a/c']), os.path.commonprefix(['abc', 'abd', 'ab']), os.path.commonprefix([]))
show(lambda: os.path.commonpath(['/a', 'b']))
show(lambda: os.path.commonpath([]))
print(os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y'), os.path.normcase('A/B'), os.path.splitdrive('/a/b'))
print(os.sep, os.curdir, os.pardir, repr(os.linesep), os.name, os.path.sep, os.path.curdir, os.path.pardir, os.extsep)
`);
  });

  it('reads larger files in chunks with the same lines, positions and decoding', () => {
    expectSameAsCPython({}, String.raw`
with open('big.txt', 'w') as f:
    for i in range(30000):
        f.write('line %d é€😀\r\n' % i)
with open('big.txt') as f:
    n = sum(1 for _ in f)
with open('big.txt') as f:
    data = f.read()
with open('big.txt', newline='') as f:
    raw = f.read(100000)
    pos = f.tell()
    rest = f.readline()
    f.seek(pos)
    again = f.readline()
with open('big.txt', 'rb') as f:
    f.seek(70000)
    chunk = f.read(10)
print(n, len(data), data.count('\n'), len(raw), pos, rest == again, chunk)
`);
  });
});
