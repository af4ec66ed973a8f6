# platform: the values programs compare (differential against CPython 3.11 on the same machine)
import os
import platform
import sys

print(platform.system(), platform.machine(), platform.python_version(), platform.python_implementation())
print(platform.python_version_tuple(), platform.processor() == "", platform.python_branch(), platform.python_revision())
print(platform.node() == os.uname().nodename, platform.release() == os.uname().release, platform.version() == os.uname().version)
u = platform.uname()
print(u)
print(len(u), tuple(u), u[0], u[-1], u[:2], u.system, u.processor, u._fields, u == tuple(u), list(u)[5])
print(platform.architecture(), platform.libc_ver(), platform.platform(), platform.platform(terse=True),
      platform.platform(aliased=True))
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.system_alias("Linux", "1", "2"))
rel = platform.freedesktop_os_release()
print(sorted(rel) == sorted(rel.keys()), rel.get("ID"), rel.get("NAME"), "PRETTY_NAME" in rel)
print(isinstance(platform.python_compiler(), str), isinstance(platform.python_build(), tuple), len(platform.python_build()))
print(platform.python_implementation() == "CPython" and sys.version_info[:2] == (3, 11))

# libc_ver over given binaries: the marker forms, the newest version, thread suffixes
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "bin")
for data in [b"__libc_init", b"GLIBC_2.9", b"libc.so.1.2.5", b"libc_pthread.so.1.2.5", b"", b"GLIBC_1.23.4\0GLIBC_1.9\0GLIBC_1.21\0",
             b"x" * 100 + b"libc.so.6\0GLIBC_2.2.5\0__libc_init", b"libc.so\0libc_r.so.3.0"]:
    with open(path, "wb") as f:
        f.write(b"[xxx%sxxx]" % data)
    print(data[:30], platform.libc_ver(executable=path), platform.libc_ver(path, "lib0", "0.1"))
try:
    platform.libc_ver(os.path.join(d, "missing"), "a", "b")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
text = '''NAME="Fedora Linux"
ID=fedora
VERSION_CODENAME=""
EMPTY=
SINGLE='it\\'s'
SPECIALS="\\$\\`\\\\\\'\\""
=bad
IN-VALID=1
IN VALID=2
 LEADING=x
'''
print(sorted(platform._parse_os_release(text.splitlines()).items()))
