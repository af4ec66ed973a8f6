# Timer fires after its interval; a cancelled timer never fires
import threading

fired = []
t = threading.Timer(0.02, fired.append, args=["a"])
t.start()
t.join()
c = threading.Timer(5, fired.append, args=["b"])
c.start()
c.cancel()
c.join()
k = threading.Timer(0.01, lambda x, y=0: fired.append(x + y), args=[1], kwargs={"y": 2})
k.start()
k.join()
print(fired)
print(isinstance(t, threading.Thread), t.is_alive(), c.finished.is_set())
