class Thing:
    def __init__(self):
        self.alpha = 1
        self.beta = 2
t = Thing()
t.zzzzzzzzzz
