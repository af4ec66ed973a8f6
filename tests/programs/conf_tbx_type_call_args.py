def connect(host, port, *, timeout=10):
    return (host, port, timeout)
print(connect("h", 1))
connect("h", 1, 5)
