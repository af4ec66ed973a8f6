# a busy thread is preempted: the main thread's flag reaches it without any blocking call
import threading
import sys

stop = False
spins = 0


def spin():
    global spins
    while not stop:
        spins += 1


sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
t = threading.Thread(target=spin)
t.start()
x = 0
for i in range(200000):
    x += i
stop = True
t.join()
print(x, spins > 0)
