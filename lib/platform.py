"""Information about the platform the program runs on (tspy).

Choices (see docs/internals/stdlib-extra.md):
- The operating-system values (system, node, release, version, machine) are the real ones, from
  os.uname(); processor() is '' as CPython reports on Linux without `uname -p` information.
- tspy is an implementation of CPython 3.11's semantics, so python_implementation() is
  'CPython' and python_version() is sys.version_info's; programs compare these to pick code
  paths. The build-specific values (python_compiler, python_build) describe tspy.
- libc_ver() finds the C library the process has mapped (/proc/self/maps) and reads the highest
  GLIBC_x.y version tag in it, which is the glibc release.
"""

import collections
import os
import sys

__version__ = '1.0.8'

# ---------------------------------------------------------------------------------------------
# uname


class uname_result(collections.namedtuple('uname_result_base', 'system node release version machine')):
    """os.uname() plus processor; iterating and indexing see all six values."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        values = list(iterable)
        if len(values) != 5:
            raise TypeError('Expected 5 arguments, got %d' % len(values))
        return tuple.__new__(cls, values)


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor) of this machine."""
    global _uname_cache
    if _uname_cache is None:
        try:
            info = os.uname()
            parts = (info.sysname, info.nodename, info.release, info.version, info.machine)
        except (AttributeError, OSError):
            parts = (sys.platform.capitalize(), '', '', '', '')
        _uname_cache = uname_result(*parts)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


# ---------------------------------------------------------------------------------------------
# The interpreter

def python_version_tuple():
    info = sys.version_info
    return (str(info[0]), str(info[1]), str(info[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_implementation():
    return 'CPython'


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('tspy', '')


def python_compiler():
    return 'tspy (TypeScript)'


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: a 64-bit ELF program on tspy's platforms."""
    if not bits:
        bits = '%dbit' % ((sys.maxsize.bit_length() + 1))
    if not linkage and sys.platform.startswith('linux'):
        linkage = 'ELF'
    return bits, linkage


# ---------------------------------------------------------------------------------------------
# The C library and the distribution

def _mapped_libc():
    try:
        with open('/proc/self/maps') as maps:
            for line in maps:
                path = line.split()[-1]
                if '/libc.so' in path or '/libc-' in path:
                    return path
    except OSError:
        pass
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library name, version) of the C library: ('glibc', '2.36') for example."""
    path = executable or _mapped_libc()
    if path is None:
        return lib, version
    try:
        with open(os.path.realpath(path), 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    best = None
    marker = b'GLIBC_'
    at = data.find(marker)
    while at >= 0:
        end = at + len(marker)
        numbers = []
        while True:
            digits_end = end
            while digits_end < len(data) and 48 <= data[digits_end] <= 57:
                digits_end += 1
            if digits_end == end:
                break
            numbers.append(int(data[end:digits_end]))
            if digits_end < len(data) and data[digits_end] == 46:
                end = digits_end + 1
            else:
                break
        if numbers and (best is None or numbers > best):
            best = numbers
        at = data.find(marker, at + 1)
    if best is None:
        return lib, version
    return 'glibc', '.'.join(str(n) for n in best)


_os_release_cache = None


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    import shlex
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, raw = line.partition('=')
        if not key.replace('_', '').isalnum() or not key[0].isalpha():
            continue
        try:
            words = shlex.split(raw)
        except ValueError:
            continue
        info[key] = ' '.join(words) if words else ''
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        problem = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                problem = e
        else:
            raise OSError(problem.errno if problem else 2,
                          'Unable to read files /etc/os-release, /usr/lib/os-release')
    return dict(_os_release_cache)


# ---------------------------------------------------------------------------------------------
# Other systems' queries: empty answers here

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    return system, release, version


# ---------------------------------------------------------------------------------------------
# The one-line description

def _joined(*parts):
    text = '-'.join(p.strip() for p in parts if p)
    for ch in ' /\\:;"()':
        text = text.replace(ch, '_' if ch == ' ' else '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    """'System-release-machine-with-libc' (the form CPython gives on Linux)."""
    info = uname()
    if info.system == 'Linux':
        name, ver = libc_ver()
        return _joined(info.system, info.release, info.machine, info.processor, 'with', name + ver)
    if terse:
        return _joined(info.system, info.release)
    return _joined(info.system, info.release, info.machine, info.processor,
                   '-'.join(architecture()[:1]))


if __name__ == '__main__':
    _terse = 'terse' in sys.argv or '--terse' in sys.argv
    _aliased = 'nonaliased' not in sys.argv and '--nonaliased' not in sys.argv
    print(platform(_aliased, _terse))
