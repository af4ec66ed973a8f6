# colorsys: bit-exact conversions (differential against CPython 3.11)
import colorsys
import random

print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
fixed = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.2, 0.4, 0.4),
         (0.5, 0.5, 0.5), (0.9, 0.1, 0.3), (0.25, 0.75, 0.5), (1, 0, 0.5), (0.3, 0.3, 0.30000000000000004)]
for rgb in fixed:
    print(rgb, colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb))
    print("  ", colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb)), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*rgb)),
          colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)))
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(-0.25, 0.5, 0.5), colorsys.hls_to_rgb(1.5, 0.7, 0.3),
      colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.5))
rng = random.Random(1234)
acc = []
for _ in range(3000):
    a, b, c = rng.random(), rng.random(), rng.random()
    acc.append(colorsys.rgb_to_yiq(a, b, c) + colorsys.yiq_to_rgb(a, b - 0.5, c - 0.5) + colorsys.rgb_to_hls(a, b, c)
               + colorsys.hls_to_rgb(a, b, c) + colorsys.rgb_to_hsv(a, b, c) + colorsys.hsv_to_rgb(a, b, c))
print(hash(tuple(acc)), acc[-1])
try:
    colorsys.rgb_to_hsv("a", 1, 2)
except TypeError as e:
    print("TypeError", e)
