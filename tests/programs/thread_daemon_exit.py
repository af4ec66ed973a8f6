# at exit the main thread waits for non-daemon threads, not for daemon ones
import threading
import time
import atexit

atexit.register(lambda: print("atexit runs after the non-daemon thread"))


def slow():
    time.sleep(0.05)
    print("non-daemon thread finished")


def forever():
    threading.Event().wait()
    print("never printed")


d = threading.Thread(target=forever, daemon=True)
d.start()
threading.Thread(target=slow).start()
print(d.daemon, threading.current_thread().daemon)
print("main done")
