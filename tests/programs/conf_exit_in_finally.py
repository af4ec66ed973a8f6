import sys, atexit
atexit.register(lambda: print("atexit 1"))
atexit.register(print, "atexit 2", "args")
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally before exit")
try:
    cleanup()
except SystemExit as e:
    print("caught exit", e.code, repr(e))
try:
    sys.exit("text code")
except SystemExit as e:
    print("caught", repr(e.code))
print("leaving with 4")
sys.exit(4)
