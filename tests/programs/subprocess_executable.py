# children that are the interpreter itself (sys.executable), and output order with buffering
import os
import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(5)", "a", "b"],
                   capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output([sys.executable, "-c", "print(sum(range(10)))"]))
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"], input=b"piped", capture_output=True)
print(r.stdout)
r = subprocess.run([sys.executable, "-c", "1/0"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
# the child writes straight to the descriptor: a buffered parent's text comes after it
env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
prog = "import subprocess; print('parent before'); subprocess.run(['echo', 'child']); print('parent after')"
print(subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True).stdout)
prog = "import subprocess, sys; print('parent before', flush=True); subprocess.run(['echo', 'child']); print('parent after')"
print(subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True).stdout)
prog = "import os; print('parent before'); os.system('echo child'); print('parent after')"
print(subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True).stdout)
env["PYTHONUNBUFFERED"] = "1"
prog = "import subprocess; print('parent before'); subprocess.run(['echo', 'child']); print('parent after')"
print(subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True).stdout)
prog = "import sys, subprocess; print('out'); subprocess.run(['sh', '-c', 'echo child-err >&2']); print('err', file=sys.stderr)"
print(subprocess.run([sys.executable, "-c", prog], stderr=subprocess.STDOUT, stdout=subprocess.PIPE).stdout)
print("done")
print(subprocess._args_from_interpreter_flags() == ["-B"] * sys.flags.dont_write_bytecode)
for flags in (["-OO", "-b", "-W", "error", "-X", "dev"], ["-I", "-v", "-v"], ["-s", "-E", "-S", "-X", "utf8", "-X", "faulthandler"], ["-O", "-bb", "-W", "ignore::DeprecationWarning"]):
    r = subprocess.run([sys.executable, *flags, "-c", "import subprocess; print(subprocess._args_from_interpreter_flags(), subprocess._optim_args_from_interpreter_flags())"],
                       capture_output=True, text=True)
    print(r.returncode, r.stdout, end="")
