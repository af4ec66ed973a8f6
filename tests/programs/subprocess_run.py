# subprocess.run and the convenience functions: outputs, repr, errors, text mode, shell, env, cwd
import os
import subprocess
import sys

print("start")
r = subprocess.run(["echo", "hello", "world"])
print(r)
r = subprocess.run(["echo", "captured"], capture_output=True)
print(r, r.stdout, r.stderr)
r = subprocess.run(["cat"], input=b"bytes in\n", stdout=subprocess.PIPE)
print(r)
r = subprocess.run(["cat"], input="a\r\nb\rc\n", capture_output=True, text=True)
print(repr(r.stdout), r.stderr == "")
r = subprocess.run(["printf", "x\\r\\ny"], stdout=subprocess.PIPE, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(["printf", "caf\\303\\251"], stdout=subprocess.PIPE, encoding="utf-8")
print(r.stdout, len(r.stdout))
r = subprocess.run(["printf", "\\377x"], stdout=subprocess.PIPE, encoding="ascii", errors="replace")
print(repr(r.stdout))
r = subprocess.run("echo $((6 * 7)); echo to-err >&2; exit 4", shell=True, capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["false"])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 3"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e), e.output, e.stdout, e.stderr)
print(subprocess.call(["true"]), subprocess.call("exit 7", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "out"]))
print(subprocess.check_output("echo text", shell=True, text=True), end="")
print(subprocess.check_output(["cat"], input=b"fed"))
print(repr(subprocess.check_output(["cat"], input=None, text=True)))
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo out; echo err 1>&2; exit 3"))
print(subprocess.getstatusoutput("exit 1"))
print(subprocess.getoutput("printf 'no newline'"))
env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "ONLY_THIS": "value 1"}
print(subprocess.run(["sh", "-c", "echo $ONLY_THIS; echo ${HOME:-unset}"], env=env, capture_output=True).stdout)
os.environ["TSPY_SUBPROCESS_VAR"] = "inherited"
print(subprocess.run("echo $TSPY_SUBPROCESS_VAR", shell=True, capture_output=True, text=True).stdout, end="")
print(subprocess.run(["pwd"], cwd="/", capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo $0 $1 $2", "name", "a b", "c"], capture_output=True).stdout)
print(subprocess.run(["echo", b"bytes-arg", "str-arg"], capture_output=True).stdout)
r = subprocess.run(["sh", "-c", "kill -TERM $$"])
print(r.returncode, r)
for sig in ("TERM", "KILL", "INT"):
    try:
        subprocess.check_call(["sh", "-c", "kill -%s $$" % sig])
    except subprocess.CalledProcessError as e:
        print(e)
print(subprocess.CalledProcessError(-200, "x"))
print(subprocess.CalledProcessError(1, ["a", "b"], b"o", b"e").stdout)
print(subprocess.TimeoutExpired("cmd", 2.5))
print(subprocess.CompletedProcess(["a"], 0, "o", None), subprocess.CompletedProcess[str])
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(subprocess.list2cmdline(["a b", 'q"uote', "back\\slash\\", "", "plain"]))
print("end")
