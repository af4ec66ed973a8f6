# os / os.path / posix: paths, directories, stat, scandir, walk, environ, errors.
import os, os.path
print(os.name, os.sep, os.linesep == "\n", os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/"), os.path.splitext("x/.bashrc"), os.path.splitext("a.b/c.tar.gz"))
print(os.path.normpath("//a/./b/../../c/"), os.path.normpath("///x"), os.path.normpath(""), os.path.basename("/x/y"), os.path.dirname("/x/y//"), os.path.isabs("/x"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/etc/hostname"), os.path.exists("/nonexistent"))
print(os.getcwd() == os.path.abspath("."), os.fspath("x"), os.path.expanduser("~/x") == os.environ["HOME"] + "/x", os.path.expandvars("$HOME/${HOME}/$nope/$"))
d = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tspy-os-case")
if os.path.exists(d):
    for root, dirs, files in os.walk(d, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for x in dirs: os.rmdir(os.path.join(root, x))
    os.rmdir(d)
os.makedirs(d + "/a/b")
with open(d + "/a/f.txt", "w") as f: f.write("hello")
print(sorted(os.listdir(d + "/a")), os.path.getsize(d + "/a/f.txt"))
for root, dirs, files in os.walk(d):
    print(root[len(d):], sorted(dirs), sorted(files))
st = os.stat(d + "/a/f.txt")
print(type(st), st.st_size, st[6], len(st), oct(st.st_mode), isinstance(st.st_mtime, float), isinstance(st[8], int))
os.rename(d + "/a/f.txt", d + "/g.txt")
print(sorted(e.name for e in os.scandir(d)), [e.is_dir() for e in sorted(os.scandir(d), key=lambda e: e.name)])
try: os.remove(d + "/nope")
except FileNotFoundError as e: print(e, e.errno, e.filename)
try: os.rename(d + "/nope", d + "/x")
except OSError as e: print(e)
try: os.mkdir(d)
except FileExistsError as e: print(e)
try: os.listdir(5.5)
except TypeError as e: print(e)
try: os.fspath(3)
except TypeError as e: print(e)
os.environ["TSPY_X"] = "1"; print(os.getenv("TSPY_X"), os.environ.get("NOPE", "dflt"), "TSPY_X" in os.environ); del os.environ["TSPY_X"]; print(os.getenv("TSPY_X"))
print(len(os.urandom(8)), os.strerror(2), os.getpid() > 0, type(os.cpu_count()))
class P:
    def __fspath__(self): return "/tmp"
print(os.fspath(P()), os.path.join(P(), "x"), isinstance(P(), os.PathLike), os.path.realpath("/tmp/../tmp/."))
try: os.path.join("a", b"b")
except TypeError as e: print(e)
print(os.path.join(b"a", b"b"), os.path.split(b"/x/y"), os.fsencode("é"), ascii(os.fsdecode(b"\xff")))
for root, dirs, files in os.walk(d, topdown=False):
    for f in files: os.remove(os.path.join(root, f))
    for x in dirs: os.rmdir(os.path.join(root, x))
os.rmdir(d)
print(os.path.exists(d))
import _stat
for m in [0o100644, 0o40755, 0o120777, 0o4755 | 0o100000, 0o1777 | 0o40000, 0, 0o2644 | 0o10000, 0o140700, 0o60600, 0o20666]:
    print(oct(m), _stat.filemode(m), _stat.S_ISDIR(m), _stat.S_ISREG(m), _stat.S_ISLNK(m), _stat.S_IMODE(m), _stat.S_IFMT(m), _stat.S_ISDOOR(m))
for bad in ['x', -1, 2**40, 1.5]:
    try:
        _stat.S_ISDIR(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(_stat) if not n.startswith('_')) == sorted(n for n in dir(_stat) if not n.startswith('_')), _stat.S_IFLNK, _stat.ST_MTIME)
print(_stat.S_ISDIR(os.stat('/').st_mode), _stat.filemode(os.lstat('/').st_mode)[0])
p = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tspy-os-fd-case")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello "), os.write(fd, b"world"))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10), os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -1, os.SEEK_END), os.read(fd, 9))
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"!")
os.close(fd)
with open(p, "rb") as f:
    print(f.read())
try:
    os.open(p + "-missing", os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == p + "-missing")
os.remove(p)
print("before", flush=False)
st = os.system("echo from-shell; exit 3")
print(st, os.WEXITSTATUS(st), os.WIFEXITED(st), os.waitstatus_to_exitcode(st))
print(os.system("true"), os.waitstatus_to_exitcode(os.system("kill -9 $$")))
import pwd, grp
print(pwd.getpwuid(0), pwd.getpwnam('root').pw_dir, grp.getgrgid(0), grp.getgrnam('root').gr_gid)
print(len(pwd.getpwall()) == len(open('/etc/passwd').read().strip().splitlines()), type(grp.getgrall()[0]).__name__)
for src in ['pwd.getpwuid(12345)', 'pwd.getpwnam("nobodyx")', 'pwd.getpwuid("x")', 'pwd.getpwnam(5)', 'pwd.getpwuid(-5)',
            'grp.getgrgid(99999)', 'grp.getgrnam("zz")', 'pwd.getpwuid(2**40)', 'pwd.struct_passwd.n_fields']:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
print(os.path.expanduser('~root'))
