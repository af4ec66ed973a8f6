# subprocess with file objects and descriptors, DEVNULL, os.popen and os.system
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.txt")
    with open(path, "w") as f:
        subprocess.run(["echo", "from child"], stdout=f)
        f.write("from parent\n")
        f.flush()
        subprocess.run(["sh", "-c", "echo second; echo err >&2"], stdout=f, stderr=subprocess.STDOUT)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "rb") as f:
        print(subprocess.run(["wc", "-l"], stdin=f, capture_output=True).stdout.split())
    with open(path, "ab") as f:
        subprocess.run(["printf", "appended"], stdout=f)
    with open(path) as f:
        print(repr(f.read()))
    fd = os.open(os.path.join(d, "fd.txt"), os.O_WRONLY | os.O_CREAT)
    subprocess.run(["echo", "via fd"], stdout=fd)
    os.close(fd)
    with open(os.path.join(d, "fd.txt")) as f:
        print(repr(f.read()))
    err_path = os.path.join(d, "err.txt")
    with open(err_path, "w") as f:
        r = subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.PIPE, stderr=f)
    print(r.stdout, r.stderr)
    with open(err_path) as f:
        print(repr(f.read()))

print(subprocess.run(["echo", "gone"], stdout=subprocess.DEVNULL))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True))
r = subprocess.run(["sh", "-c", "echo to stderr >&2"], stderr=subprocess.DEVNULL)
print(r)

with os.popen("echo popen read; echo line 2") as f:
    print(f.read(), end="")
f = os.popen("printf 'x\\ny\\n'")
print(list(f))
print(f.close())
f = os.popen("exit 3")
print(f.read() == "", f.close())
with os.popen("cat", "w") as w:
    w.write("written to popen\n")
print("after popen write")
sys.stdout.flush()
print(os.system("echo system; exit 2"))
print(os.waitstatus_to_exitcode(os.system("true")))
f = os.popen("kill -9 $$")
print(repr(f.read()), f.close())
print(os.popen("exit 300").close())
print(repr(os.popen("echo hi").readline()))
w = os.popen("cat >/dev/null; exit 4", "w")
print(w.write("x"), w.close())
for args in ((["ls"],), ("ls", "rb"), ("ls", "r", 0)):
    try:
        os.popen(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
