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


# What identifies the C library in a binary: __libc_init, GLIBC_x.y version tags, libc.so names.
_LIBC_MARKERS = None


def _comparable_version(text):
    """A key ordering version strings numerically part by part (1.9 < 1.23.4)."""
    key = []
    for part in text.replace('_', '.').replace('-', '.').replace('+', '.').split('.'):
        key.append((0, int(part), '') if part.isdigit() else (1, 0, part))
    return key


def _libc_matches(data, pattern):
    # Equivalent to pattern.finditer(data), but only tries the places where a marker starts
    # (tspy's regular-expression engine is slow on megabytes of binary).
    starts = set()
    for marker in (b'__libc_init', b'GLIBC_', b'libc'):
        at = data.find(marker)
        while at >= 0:
            starts.add(at)
            at = data.find(marker, at + 1)
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        found = pattern.match(data, at)
        if found is not None:
            done = found.end()
            yield found


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library name, version) of the C library the executable uses: ('glibc', '2.36') for
    example. Without an executable: os.confstr's answer when there is one, else the C library
    this process has mapped."""
    global _LIBC_MARKERS
    if not executable:
        try:
            reported = os.confstr('CS_GNU_LIBC_VERSION')
            parts = reported.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
        executable = _mapped_libc()
        if not executable:
            return lib, version
    with open(executable, 'rb') as f:
        data = f.read()
    if _LIBC_MARKERS is None:
        import re
        _LIBC_MARKERS = re.compile(rb'(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)',
                                   re.ASCII)
    ver = version
    for found in _libc_matches(data, _LIBC_MARKERS):
        init, glibc, glibc_version, so, threads, so_version = [
            g.decode('latin1') if g is not None else None for g in found.groups()]
        if init and not lib:
            lib = 'libc'
        elif glibc:
            if lib != 'glibc':
                lib, ver = 'glibc', glibc_version
            elif _comparable_version(glibc_version) > _comparable_version(ver):
                ver = glibc_version
        elif so:
            if lib != 'glibc':
                lib = 'libc'
                if so_version and (not ver or _comparable_version(so_version) > _comparable_version(ver)):
                    ver = so_version
                if threads and ver[-len(threads):] != threads:
                    ver = ver + threads
    return lib, ver


_os_release_cache = None


def _parse_os_release(lines):
    """The KEY=value lines of an os-release file (freedesktop.org): values may be quoted with
    ' or ", and \\, $, ", ' and ` may be escaped with a backslash; other lines are ignored."""
    import re
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    assignment = re.compile(r'^(?P<key>[a-zA-Z0-9_]+)=(?P<quote>["\']?)(?P<value>.*)(?P=quote)$')
    escaped = re.compile(r'\\([\\\$\"\'`])')
    for line in lines:
        found = assignment.match(line)
        if found is not None:
            info[found.group('key')] = escaped.sub(r'\1', found.group('value'))
    return info


_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        problem = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                problem = e
        else:
            raise OSError(problem.errno if problem else 2,
                          'Unable to read files %s' % ', '.join(_os_release_candidates))
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


_platform_cache = {}
_sys_version_cache = {}


def platform(aliased=False, terse=False):
    """'System-release-machine-with-libc' (the form CPython gives on Linux)."""
    key = (aliased, terse)
    if key not in _platform_cache:
        _platform_cache[key] = _describe(aliased, terse)
    return _platform_cache[key]


def _describe(aliased, terse):
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
