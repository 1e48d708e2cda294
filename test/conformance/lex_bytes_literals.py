# Bytes literals
print(b'abc', B"abc", b'', b"")
print(b'\x00\x01\xff', b'\n\t\r')
print(b"it's", b'say "hi"', b'both \' and "')
print(b'\\', rb'\\', br'\n')
print(b'\101\102', b'\7', b'\177', b'\200')
print(b'a' b'b' b'c')
print(len(b'\x00\xff'), b'\x41'[0], list(b'AZ'))
print(b"""tri
ple""")
print(type(b'').__name__)
print(b'\u00e9', len(b'\u00e9'))
