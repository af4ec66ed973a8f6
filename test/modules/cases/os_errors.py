# os / posix: error types and messages, bytes paths, links, times, permissions, stat_result construction.
import os
base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tspy-posix-errs")
if not os.path.isdir(base):
    os.mkdir(base)
os.makedirs(base + "/d/e", exist_ok=True)
open(base + "/f", "w").close()
def show(src):
    try:
        r = eval(src)
    except Exception as e:
        return '%s -> %s: %s' % (src, type(e).__name__, str(e).replace(base, '<B>'))
    return '%s -> %r' % (src, r if not isinstance(r, str) else r.replace(base, '<B>'))
for src in ['os.listdir(base + "/nope")', 'os.mkdir(base + "/d")', 'os.rmdir(base + "/d")', 'os.rename(base + "/nope", base + "/x")',
            'os.remove(base + "/d")', 'os.chdir(base + "/nope")', 'os.readlink(base + "/f")', 'os.stat(base.encode() + b"/f").st_size',
            'sorted(e.name for e in os.scandir(base.encode()))', 'os.listdir(base.encode())[:0]', 'os.stat(base + "/f\\0")', 'os.stat(3.5)',
            'os.mkdir(5)', 'os.listdir(None) == os.listdir(".")', 'os.rmdir(base + "/f")', 'os.listdir(base + "/f")', 'os.makedirs(base + "/d")',
            'os.makedirs(base + "/d", exist_ok=True)', 'os.makedirs(base + "/f/g", exist_ok=True)', 'repr(next(iter(os.scandir(base + "/d"))))',
            'os.path.getsize(base + "/nope")', 'os.path.isdir(base + "/f\\0")', 'os.access(base + "/f", os.R_OK)', 'os.access(base + "/nope", os.F_OK)',
            'os.stat(base + "/f").st_mode & 0o777 == os.stat(base + "/f")[0] & 0o777', 'os.lstat(base + "/f") == os.stat(base + "/f")',
            'os.replace(base + "/nope", base + "/d")', 'os.unlink(base + "/nope")', 'os.utime(base + "/f", (1, 2)) or os.stat(base + "/f").st_mtime',
            'os.utime(base + "/f", ns=(1500000000, 2500000000)) or os.stat(base + "/f").st_mtime_ns', 'os.chmod(base + "/f", 0o600) or oct(os.stat(base + "/f").st_mode)',
            'os.symlink(base + "/f", base + "/l") or os.readlink(base + "/l")', 'os.path.islink(base + "/l")', 'os.path.realpath(base + "/l") == base + "/f"',
            'os.symlink(base + "/f", base + "/l")', 'os.remove(base + "/l")', 'os.fspath(b"x")', 'os.fsencode(5)', 'os.getcwd() == os.path.abspath(os.curdir)',
            'list(os.walk(base + "/nope"))', 'os.stat_result((1,2,3,4,5,6,7,8,9,10)).st_mtime', 'os.stat_result((1,2,3))', 'os.cpu_count() > 0',
            'os.putenv("A=B", "1")', 'os.unsetenv("")', 'os.strerror(9999)', 'os.umask(0o22) >= 0', 'os.urandom(-1)']:
    print(show(src))
for root, dirs, files in os.walk(base, topdown=False):
    for f in files: os.remove(os.path.join(root, f))
    for d in dirs: os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0) == tuple(time.gmtime(0)), os.stat('/') == os.stat('/'))
a = os.stat('/'); b = os.stat('/')
print(tuple(a) == tuple(b), a[0] == b[0], list(a) == list(b))
