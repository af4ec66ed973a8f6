# subprocess: bad arguments and impossible programs end in the exceptions python3 raises
import subprocess, os
cases = [
    lambda: subprocess.run([]),
    lambda: subprocess.run(["echo", "a\0b"]),
    lambda: subprocess.run("echo\0", shell=True),
    lambda: subprocess.run(["echo"], cwd=123),
    lambda: subprocess.run(["echo"], env={"A": 1}),
    lambda: subprocess.run(["echo"], env={"A=B": "1"}),
    lambda: subprocess.run(["echo"], env={"A": "x\0y"}),
    lambda: subprocess.run(["echo"], env=[1]),
    lambda: subprocess.run(123),
    lambda: subprocess.run(None),
    lambda: subprocess.run(["echo"], stdout=99, stderr=subprocess.DEVNULL),
    lambda: subprocess.run(["echo"], stdin="x"),
    lambda: subprocess.run(["cat"], input="text"),
    lambda: subprocess.run(["cat"], input=5),
    lambda: subprocess.run(["true"], timeout="x"),  # not echo: the child may print before it is killed
    lambda: subprocess.run(["echo"], bufsize="x"),
    lambda: subprocess.run(["echo"], bogus=1),
    lambda: subprocess.run(["sleep", "1"], timeout=-1, capture_output=True),
    lambda: subprocess.run(["echo", "x"], capture_output=True, timeout=0),
    lambda: subprocess.Popen(["cat"], stdin=subprocess.PIPE).communicate("str"),
    lambda: subprocess.run(["."]),
    lambda: subprocess.run([""]),
    lambda: subprocess.run(["/"]),
    lambda: subprocess.run(["echo", os.path]),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
