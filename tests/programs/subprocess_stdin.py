# Popen stdin pipes: writes after close, text mode, writelines, both pipes read, with-block input; run() edge outputs
import subprocess, sys
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.close()
try:
    p.stdin.write(b"x")
except ValueError as e:
    print("ValueError", e)
print(p.stdout.read(), p.wait())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, text=True)
p.stdin.close()
print(p.communicate())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("a\n")
p.stdin.writelines(["b\n", "c\n"])
p.stdin.flush()
print(p.communicate("d\n"))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
try:
    p.stdin.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
p.kill(); p.wait()
p = subprocess.Popen(["sh", "-c", "printf out; printf err >&2; exit 1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.stderr.read(), p.stdout.read(), p.wait())
with subprocess.Popen(["cat"], stdin=subprocess.PIPE) as p:
    p.stdin.write(b"with block\n")
print(p.returncode)
print(subprocess.run(["cat"], input=b"", capture_output=True))
print(subprocess.run(["cat"], stdin=subprocess.PIPE, capture_output=True))
r = subprocess.run(["sh", "-c", "exit 255"]); print(r.returncode)
r = subprocess.run(["printf", "%s", "ü"], capture_output=True, encoding="latin-1"); print(r.stdout)
r = subprocess.run(["printf", "\\r\\n"], capture_output=True, text=True); print(repr(r.stdout))
r = subprocess.run(["printf", "\\r\\n"], capture_output=True); print(repr(r.stdout))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.close()
try:
    p.communicate()
except ValueError as e:
    print("ValueError", e)
