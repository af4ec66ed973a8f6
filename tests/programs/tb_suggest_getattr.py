class A:
    def __init__(self):
        self.value = 1
    def __getattr__(self, name):
        raise AttributeError(f"A has no {name}")
a = A()
try:
    a.valeu
except AttributeError as e:
    print(e, e.name, e.obj is a)
a.valeu
