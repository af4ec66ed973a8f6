# subprocess failures: missing program, not executable, missing cwd, timeouts, bad arguments
import os
import subprocess
import tempfile

for args in (["no-such-program-tspy"], ["/no/such/dir/prog"], "no-such-program-tspy"):
    try:
        subprocess.run(args)
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(["echo", "x"], executable="no-such-exe-tspy")
except FileNotFoundError as e:
    print(e)
with tempfile.TemporaryDirectory() as d:
    plain = os.path.join(d, "plain.txt")
    with open(plain, "w") as f:
        f.write("echo hi\n")
    try:
        subprocess.run([plain])
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == plain)
    try:
        subprocess.run(["pwd"], cwd=os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(d, "missing"))
    try:
        subprocess.run(["pwd"], cwd=plain)
    except NotADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == plain)
print(subprocess.call("no-such-program-tspy 2>/dev/null", shell=True))
try:
    subprocess.run(["sleep", "5"], timeout=0.2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; sleep 5"], timeout=0.5, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
try:
    subprocess.check_output(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("communicate:", e)
p.kill()
print(p.communicate(), p.returncode)
for call, kw in ((subprocess.run, {"input": b"x", "stdin": subprocess.PIPE}),
                 (subprocess.run, {"capture_output": True, "stdout": subprocess.PIPE}),
                 (subprocess.check_output, {"stdout": None})):
    try:
        call(["true"], **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.run(["echo", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
try:
    subprocess.Popen(["true"], stdout=subprocess.STDOUT)
except OSError as e:
    print(e)
import io
try:
    subprocess.run(["echo", "x"], stdout=io.StringIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    subprocess.run(["echo", "x"], stdout=object())
except AttributeError as e:
    print("AttributeError:", e)
p = subprocess.Popen(["true"], text=True)
print(p.universal_newlines, p.text_mode, p.wait())
p = subprocess.Popen(["true"])
print(p.universal_newlines, p.text_mode, p.wait())
for kw in ({}, {"encoding": "utf-8"}, {"text": False}, {"universal_newlines": 0}, {"errors": "strict"}):
    p = subprocess.Popen(["true"], **kw)
    print(kw, repr(p.text_mode), repr(p.universal_newlines), p.wait())
# failures to start are reported by the constructor
for args, kw in ((["no-such-program-tspy"], {}), (["true"], {"cwd": "/no/such/dir"}), ([""], {}), (["."], {}),
                 (["sh", "-c", "exit 0"], {"env": {"PATH": "/nonexistent"}}), (["/bin/sh", "-c", "echo abs"], {"env": {"PATH": "/nonexistent"}})):
    try:
        p = subprocess.Popen(args, **kw)
    except OSError as e:
        print("constructor:", type(e).__name__, e)
    else:
        print("started", p.wait())
