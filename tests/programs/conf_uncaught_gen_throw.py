def worker():
    while True:
        try:
            job = yield
            print("job", job)
        except KeyError as e:
            print("recoverable", e)
w = worker()
next(w)
w.send(1)
w.throw(KeyError("k"))
w.throw(RuntimeError("fatal"))
