# Name-based UUIDs (uuid3 with MD5, uuid5 with SHA-1) are fully determined.
import uuid

names = ['python.org', 'example.com', '', 'ünïcödé', 'a' * 300, 'http://www.python.org/', '1.3.6.1', 'cn=John Smith']
for ns_name in ['NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500']:
    ns = getattr(uuid, ns_name)
    for name in names:
        u3 = uuid.uuid3(ns, name)
        u5 = uuid.uuid5(ns, name)
        print(ns_name, repr(name[:20]), u3, u3.version, u5, u5.version)

custom = uuid.UUID('0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0')
print(uuid.uuid3(custom, 'x'), uuid.uuid5(custom, 'x'))
print(uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_DNS, 'a'), 'b'))
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
try:
    uuid.uuid5('not a uuid', 'x')
except AttributeError as e:
    print(type(e).__name__, e)
