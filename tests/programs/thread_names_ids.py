# thread names, idents, enumerate, active_count, main_thread
import threading

names = []
ids = []
def f():
    ct = threading.current_thread()
    names.append(ct.name)
    ids.append(ct.ident == threading.get_ident() and ct.native_id == threading.get_native_id())

def g():
    pass

t1 = threading.Thread(target=f)
t2 = threading.Thread(target=f, name="custom")
t3 = threading.Thread(target=g, daemon=True)
print(t1.name, t2.name, t3.name, t3.daemon, t1.ident)
print(repr(t1).split(",")[1].strip())
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
print(sorted(names), ids)
print(repr(t1).split(",")[1].split()[0])
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.Thread().name, threading.Thread(target=lambda: 0).name)
print(isinstance(threading.get_ident(), int), threading.TIMEOUT_MAX > 0)
t4 = threading.Thread()
t4.daemon = True
t4.start(); t4.join()
try:
    t4.daemon = False
except RuntimeError as e:
    print(e)
