import sys
print("before exit")
sys.stdout.write("written\n")
print("err line", file=sys.stderr)
sys.exit(3)
