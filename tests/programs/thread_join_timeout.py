# join(timeout) returns while the thread still runs; is_alive() tells
import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="sleeper")
t.start()
t.join(0.02)
print(t.is_alive())
gate.set()
t.join()
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print(e)
u = threading.Thread(target=print)
try:
    u.join()
except RuntimeError as e:
    print(e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
