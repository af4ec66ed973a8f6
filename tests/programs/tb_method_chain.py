class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value
def double(x):
    return x * 2
def stringify(x):
    return str(x)
def parse(x):
    return int(x + "z")
p = Pipeline([double, stringify, parse])
print(Pipeline([double, double]).run(3))
p.run(21)
