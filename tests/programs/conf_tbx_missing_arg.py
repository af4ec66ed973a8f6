class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = [Point(1, 2), Point(3)]
