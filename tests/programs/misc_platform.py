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
