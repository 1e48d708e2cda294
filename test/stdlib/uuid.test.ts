// The uuid module: construction and attributes, uuid3/uuid5 vectors, random
// and time-based UUIDs (reproducible in deterministic mode) and CPython's errors.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { failure, runIn as run } from './script.js';

describe('uuid', () => {
  it('builds UUIDs from every form and exposes CPython\'s attributes', () => {
    expect(run(`
import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.version, u.variant, u.fields)
print(u == uuid.UUID(bytes=u.bytes) == uuid.UUID(bytes_le=u.bytes_le) == uuid.UUID(fields=u.fields) == uuid.UUID(int=u.int))
print(uuid.UUID(int=0, version=4), sorted([uuid.UUID(int=2), uuid.UUID(int=1)])[0].int, hash(u) == hash(u.int))
`)).toBe("12345678-1234-5678-1234-567812345678 UUID('12345678-1234-5678-1234-567812345678') None reserved for NCS compatibility "
      + '(305419896, 4660, 22136, 18, 52, 95073701484152)\nTrue\n00000000-0000-4000-8000-000000000000 1 True\n');
  });

  it('uuid3 and uuid5 are identical to CPython', () => {
    expect(run(`
import uuid
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'sandling.dev'), uuid.uuid3(uuid.NAMESPACE_URL, 'https://x.org'))
`)).toBe('79c156f3-6c22-56f8-9578-d3b2b644a4ad d071ba8c-3b99-33e1-93b2-07e93de562c0\n');
  });

  it('uuid4 is random, and reproducible in a deterministic interpreter', () => {
    const src = 'import uuid\nprint(uuid.uuid4(), uuid.uuid4().version, uuid.uuid1().version)';
    expect(run(src)).not.toBe(run(src));
    const a = run(src, new Interpreter({ deterministic: { seed: 5 } }));
    expect(a).toBe(run(src, new Interpreter({ deterministic: { seed: 5 } })));
    expect(a).not.toBe(run(src, new Interpreter({ deterministic: { seed: 6 } })));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} 4 1\n$/);
  });

  it('uuid1 uses the interpreter clock and a random multicast node', () => {
    const interp = new Interpreter({ deterministic: { epochMs: Date.UTC(2020, 0, 1), seed: 1 } });
    expect(run(`
import uuid, time
a = uuid.uuid1()
b = uuid.uuid1()
print(a.time < b.time, a.node == b.node == uuid.getnode(), (a.node >> 40) & 1, a.clock_seq == b.clock_seq)
print((a.time - 0x01b21dd213814000) // 10**7)
`, interp)).toBe('True True 1 False\n1577836800\n');
  });

  it('raises CPython\'s exceptions', () => {
    expect(failure('import uuid\nuuid.UUID()')).toBe('TypeError: one of the hex, bytes, bytes_le, fields, or int arguments must be given');
    expect(failure("import uuid\nuuid.UUID('12')")).toBe('ValueError: badly formed hexadecimal UUID string');
    expect(failure("import uuid\nuuid.UUID(bytes=b'x')")).toBe('ValueError: bytes is not a 16-char string');
    expect(failure('import uuid\nuuid.UUID(fields=(0, 0, 0, 256, 0, 0))')).toBe('ValueError: field 4 out of range (need an 8-bit value)');
    expect(failure('import uuid\nuuid.UUID(int=-1)')).toBe('ValueError: int is out of range (need a 128-bit value)');
    expect(failure('import uuid\nuuid.UUID(int=1, version=9)')).toBe('ValueError: illegal version number');
    expect(failure('import uuid\nuuid.UUID(int=1).int = 2')).toBe('TypeError: UUID objects are immutable');
    expect(failure('import uuid\nuuid.SafeUUID(3)')).toBe('ValueError: 3 is not a valid SafeUUID');
  });
});
