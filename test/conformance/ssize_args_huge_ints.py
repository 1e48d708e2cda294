def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: (1).to_bytes(2**70))
attempt(lambda: (1).to_bytes(-2**70))
attempt(lambda: (1).to_bytes(-1))
attempt(lambda: (258).to_bytes(2, 'little'))
l = [1, 2]
l.insert(2**62, 3); l.insert(-2**62, 0); print(l)
attempt(lambda: l.insert(2**64, 9))
attempt(lambda: 'aaa'.replace('a', 'b', 2**62))
attempt(lambda: 'a b c'.split(' ', 2**62))
attempt(lambda: 'a b c'.split(' ', 2**64))
attempt(lambda: b'a b'.split(b' ', 2**62))
attempt(lambda: [1, 2].index(1, 2**62))
attempt(lambda: 'x'.zfill(-2**62))
attempt(lambda: 'x'.zfill(2**64))
