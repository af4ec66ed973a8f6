# A small ray tracer: classes with operator overloading, method calls, float math.
import math

class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))

class Sphere:
    def __init__(self, center, radius, color):
        self.center = center
        self.radius = radius
        self.color = color

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

def trace(spheres, light, origin, direction, depth):
    nearest, hit_t = None, float("inf")
    for s in spheres:
        t = s.hit(origin, direction)
        if t is not None and t < hit_t:
            nearest, hit_t = s, t
    if nearest is None:
        return 0.1
    point = origin + direction * hit_t
    normal = (point - nearest.center).norm()
    to_light = (light - point).norm()
    shade = max(0.0, normal.dot(to_light)) * nearest.color
    if depth < 2:
        refl = direction - normal * (2 * direction.dot(normal))
        shade += 0.3 * trace(spheres, light, point, refl.norm(), depth + 1)
    return shade

def render(w, h):
    spheres = [Sphere(Vec(0, -1, 3), 1, 0.9), Sphere(Vec(2, 0, 4), 1, 0.6),
               Sphere(Vec(-2, 0, 4), 1, 0.7), Sphere(Vec(0, -5001, 0), 5000, 0.4)]
    light = Vec(5, 5, -10)
    eye = Vec(0, 0, 0)
    total = 0.0
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / h, 1).norm()
            v = trace(spheres, light, eye, d, 0)
            total += v
            row.append(" .:-=+*#%@"[min(9, int(v * 9))])
        rows.append("".join(row))
    return rows, total

rows, total = render(240, 120)
print(rows[60])
print("%.6f" % total)
