// The difflib module: SequenceMatcher, close matches, unified/context diffs and ndiff.
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted } from '../../core/index.js';
import { failure, runIn as run } from './script.js';

describe('difflib.SequenceMatcher', () => {
  it('computes blocks, opcodes and ratios', () => {
    expect(run(`
import difflib
s = difflib.SequenceMatcher(None, 'qabxcd', 'abycdf')
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.find_longest_match(0, 6, 0, 6))
`)).toBe('[Match(a=1, b=0, size=2), Match(a=4, b=3, size=2), Match(a=6, b=6, size=0)]\n'
      + "[('delete', 0, 1, 0, 0), ('equal', 1, 3, 0, 2), ('replace', 3, 4, 2, 3), ('equal', 4, 6, 3, 5), ('insert', 6, 6, 5, 6)]\n"
      + '0.6666666666666666 0.6666666666666666 1.0 Match(a=1, b=0, size=2)\n');
  });

  it('applies junk and autojunk', () => {
    expect(run(`
import difflib
s = difflib.SequenceMatcher(lambda c: c == ' ', 'a b c', 'a  b c')
print(s.bjunk, s.get_matching_blocks())
b = ['x'] * 10 + ['y'] * 300
print(sorted(difflib.SequenceMatcher(None, ['x'], b).bpopular), difflib.SequenceMatcher(None, ['x'], b, autojunk=False).bpopular)
`)).toBe("{' '} [Match(a=0, b=0, size=2), Match(a=2, b=3, size=3), Match(a=5, b=6, size=0)]\n['x', 'y'] set()\n");
  });

  it('finds close matches', () => {
    expect(run("import difflib\nprint(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))")).toBe("['apple', 'ape']\n");
    expect(failure("import difflib\ndifflib.get_close_matches('a', ['a'], n=0)")).toBe('ValueError: n must be > 0: 0');
    expect(failure("import difflib\ndifflib.get_close_matches('a', ['a'], cutoff=2)")).toBe('ValueError: cutoff must be in [0.0, 1.0]: 2');
  });
});

describe('difflib diffs', () => {
  it('produces unified and context diffs', () => {
    expect(run(`
import difflib
a = ['one\\n', 'two\\n', 'three\\n']
b = ['one\\n', 'tree\\n', 'three\\n', 'four\\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt', n=0)), end='')
`)).toBe('--- a.txt\n+++ b.txt\n@@ -1,3 +1,4 @@\n one\n-two\n+tree\n three\n+four\n'
      + '*** a.txt\n--- b.txt\n***************\n*** 2 ****\n! two\n--- 2 ----\n! tree\n***************\n*** 3 ****\n--- 4 ----\n+ four\n');
  });

  it('produces ndiff deltas with hints and restores them', () => {
    expect(run(`
import difflib
d = list(difflib.ndiff(['one\\n', 'two\\n'], ['ore\\n', 'two\\n', 'emu\\n']))
print(''.join(d), end='')
print(''.join(difflib.restore(d, 2)), end='')
`)).toBe('- one\n?  ^\n+ ore\n?  ^\n  two\n+ emu\nore\ntwo\nemu\n');
  });

  it('checks argument types like CPython', () => {
    expect(failure("import difflib\nlist(difflib.unified_diff([1], ['a']))")).toBe('TypeError: lines to compare must be str, not int (1)');
    expect(failure("import difflib\nlist(difflib.unified_diff(['a'], ['b'], 5))")).toBe('TypeError: all arguments must be str, not: 5');
    expect(failure("import difflib\nlist(difflib.restore([], 3))")).toBe('ValueError: unknown delta choice (must be 1 or 2): 3');
  });

  it('stays within the instruction budget', () => {
    const interp = new Interpreter({ limits: { maxOps: 200_000 } });
    const src = "import difflib\na = [0, 1] * 1500\nb = [1, 0] * 1500\ndifflib.SequenceMatcher(None, a, b, autojunk=False).ratio()";
    expect(() => run(src, interp)).toThrow(ResourceExhausted);
  });
});
