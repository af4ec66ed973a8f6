print("before")
import atexit
atexit.register(print, "atexit ran")
raise KeyboardInterrupt("x")
