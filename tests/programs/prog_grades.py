# Student grade book: records, averages, letter grades, ranking, statistics by hand
students = {
    "alice": [92, 88, 95, 79],
    "bob": [75, 64, 81, 70],
    "carol": [88, 91, 84, 93],
    "dave": [55, 62, 48, 70],
    "erin": [100, 97, 99, 94],
}
def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"
def mean(xs):
    return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5
report = []
for name, scores in students.items():
    avg = mean(scores)
    report.append((name, avg, letter(avg), max(scores), min(scores)))
report.sort(key=lambda r: -r[1])
print(f"{'rank':<5}{'name':<8}{'avg':>7}{'grade':>6}{'best':>6}{'worst':>6}")
for rank, (name, avg, grade, hi, lo) in enumerate(report, 1):
    print(f"{rank:<5}{name.title():<8}{avg:>7.2f}{grade:>6}{hi:>6}{lo:>6}")
all_scores = [s for scores in students.values() for s in scores]
print(f"mean={mean(all_scores):.3f} median={median(all_scores)} stdev={stdev(all_scores):.3f}")
dist = {}
for _, avg, grade, _, _ in report:
    dist[grade] = dist.get(grade, 0) + 1
print(sorted(dist.items()))
per_test = [mean(col) for col in zip(*students.values())]
print([round(x, 1) for x in per_test], per_test.index(max(per_test)) + 1)
improved = [n for n, s in students.items() if s[-1] > s[0]]
print("improved:", improved)
curve = {n: [min(100, s + 5) for s in sc] for n, sc in students.items()}
print({n: letter(mean(s)) for n, s in curve.items()})
