# difflib: SequenceMatcher and get_close_matches
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
print(s.find_longest_match(0, 28, 0, 38), s.find_longest_match(), s.find_longest_match(alo=5, blo=3))
m = s.find_longest_match(0, 5, 0, 5)
print(m, m.a, m.b, m.size, m == (0, 0, 5), type(m).__name__, m._asdict(), m._replace(size=1), tuple(m))
a, b = 'qabxcd', 'abycdf'
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
s = difflib.SequenceMatcher(None, 'abcd', 'bcde')
print(list(s.get_grouped_opcodes(1)))
s.set_seq1('xbcd')
print(s.ratio())
s.set_seqs('', '')
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], [2, 3, 5]).get_opcodes())
big_a = ['line %d\n' % (i % 7) for i in range(300)]
big_b = ['line %d\n' % (i % 5) for i in range(250)]
s = difflib.SequenceMatcher(None, big_a, big_b)
print(len(s.get_opcodes()), round(s.ratio(), 4), sorted(s.bpopular), len(s.b2j))
s = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(len(s.get_opcodes()), round(s.ratio(), 4), s.bpopular)
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
words = ['if', 'elif', 'else', 'for', 'while', 'with', 'import', 'from', 'return', 'raise', 'lambda', 'print', 'pass']
print(difflib.get_close_matches('wheel', words), difflib.get_close_matches('pineapple', words))
print(difflib.get_close_matches('accept', words, n=2, cutoff=0.3))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('x', ['x'], **bad)
    except ValueError as e:
        print('ValueError:', e)
