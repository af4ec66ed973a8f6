import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait(), q.qsize())
q.get()
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), queue.Empty, queue.Empty.__module__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full())
try:
    b.put_nowait('c')
except queue.Full:
    print('Full')
try:
    b.put('c', timeout=-1)
except ValueError as e:
    print(e)
for _ in range(2):
    b.get()
    b.task_done()
try:
    b.task_done()
except ValueError as e:
    print(e)
b.join()
print(b.unfinished_tasks)
lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    pq.put(item)
print([pq.get() for _ in range(4)], pq.empty())
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty(), type(sq).__module__)
try:
    sq.get(block=False)
except queue.Empty:
    print('SimpleQueue Empty')
print(queue.Queue[int] is queue.Queue or True)
