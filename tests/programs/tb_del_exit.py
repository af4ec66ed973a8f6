class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
a = Resource("a")
b = Resource("bad")
c = Resource("c")
del a
print("end of program")
