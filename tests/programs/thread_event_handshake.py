# Event handshakes between two threads (ping-pong), and wait() with a timeout
import threading

ping = threading.Event()
pong = threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print("\n".join(log))
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.5))
