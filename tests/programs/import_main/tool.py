import sys
print('tool', __name__, __spec__.name, sys.argv[1:])
raise SystemExit(3)
