# Popen.communicate twice, after a partial read, after closing stdout; input after communication started
import subprocess
p = subprocess.Popen(["echo", "x"], stdout=subprocess.PIPE)
print(p.communicate())
try:
    print(p.communicate())
except Exception as e:
    print(type(e).__name__, e)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"a"))
try:
    print(p.communicate(b"b"))
except Exception as e:
    print(type(e).__name__, e)
p = subprocess.Popen(["echo", "y"], stdout=subprocess.PIPE)
print(p.stdout.read(1))
print(p.communicate())
print(p.stdout.closed)
p = subprocess.Popen(["echo", "z"], stdout=subprocess.PIPE)
p.stdout.close()
try:
    print(p.communicate())
except Exception as e:
    print(type(e).__name__, e)
print(repr(p))
p = subprocess.Popen(["echo", "t"], stdout=subprocess.PIPE, text=True)
p.stdout.close()
try:
    p.stdout.read()
except ValueError as e:
    print("ValueError", e)
# the child may write before or after the pipe is closed (SIGPIPE): python3 gives 0 or -13
print(p.wait() in (0, -13))
