# platform: the shape of every answer (types, tuple lengths, field names); the values themselves
# describe the host in CPython and are fixed in Sandling, so only their form is compared.
import platform

for name in ('system', 'machine', 'node', 'release', 'version', 'processor', 'python_version',
             'python_implementation', 'platform', 'python_branch', 'python_revision', 'python_compiler'):
    value = getattr(platform, name)()
    print(name, type(value).__name__)
u = platform.uname()
print(type(u).__name__, len(u), u._fields, isinstance(u, tuple), type(u.processor).__name__)
print(u.system == platform.system(), u[0] == u.system, u.node == platform.node(), u.machine == platform.machine())
t = platform.python_version_tuple()
print(type(t).__name__, len(t), t[:2], platform.python_version().startswith('3.11.'), '.'.join(t) == platform.python_version())
b = platform.python_build()
print(type(b).__name__, len(b), [type(x).__name__ for x in b])
a = platform.architecture()
print(type(a).__name__, len(a), a[0] in ('32bit', '64bit'))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver())
print(platform.system_alias('S', 'R', 'V'), platform.libc_ver(lib='x', version='1') if False else 'skip')
print(platform.win32_is_iot(), type(platform.platform(terse=True)).__name__, type(platform.platform(aliased=True)).__name__)
