# An OO workload in the style of the chaos game: classes, properties, dunder methods, random.
import random

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x:.4f}, {self.y:.4f})"

    def lerp(self, other, t):
        return Point(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)

class Shape:
    def __init__(self, corners):
        self.corners = corners

    @property
    def n(self):
        return len(self.corners)

def chaos(shape, steps, seed):
    rng = random.Random(seed)
    p = Point(0.5, 0.5)
    grid = [[0] * 32 for _ in range(32)]
    for _ in range(steps):
        c = shape.corners[rng.randrange(shape.n)]
        p = p.lerp(c, 0.5)
        grid[min(31, int(p.y * 32))][min(31, int(p.x * 32))] += 1
    return p, grid

tri = Shape([Point(0.0, 0.0), Point(1.0, 0.0), Point(0.5, 1.0)])
p, grid = chaos(tri, 200000, 42)
print(p)
print(sum(1 for row in grid for v in row if v == 0))
