# Popen: pipes, communicate, wait/poll, kill before it runs, context manager, stream iteration
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"line one\n")
p.stdin.write(b"line two\n")
p.stdin.close()
print(p.stdout.read())
print(p.wait(), p.returncode, p.poll())

p = subprocess.Popen(["sh", "-c", "cat; echo err >&2; exit 3"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"via communicate")
print(out, err, p.returncode)

p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("text mode\n"), p.returncode)

with subprocess.Popen(["printf", "a\\nb\\nc"], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print(repr(line))
print(p.returncode)

with subprocess.Popen(["printf", "1\\n2\\n"], stdout=subprocess.PIPE) as p:
    print(p.stdout.readline(), p.stdout.readlines())
print(p.returncode)

p = subprocess.Popen(["sh", "-c", "echo out1; echo err1 >&2; echo out2; echo err2 >&2"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate())

p = subprocess.Popen(["sh", "-c", "exit 9"])
print(p.returncode, p.wait(), p.returncode, p.poll())

p = subprocess.Popen("echo shell popen", shell=True, stdout=subprocess.PIPE)
print(p.communicate()[0], p.args)

p = subprocess.Popen(["echo", "inherit"])
print(p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(p.communicate(input=b"x" * 100000)[0] == b"x" * 100000)
print(p.stdin.closed, p.stdout.closed)
print(isinstance(p.pid, int), subprocess.Popen[bytes])
print(subprocess.run(["cat"], input=b"0123456789" * 50000, capture_output=True).stdout.count(b"5"))
