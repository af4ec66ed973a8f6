import sys
total = 0
count = 0
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, score = line.rsplit(",", 1)
    total += int(score)
    count += 1
    print(f"{name.strip():<10}{int(score):>5}")
print("-" * 15)
print(f"{'average':<10}{total / count:>5.1f}")
