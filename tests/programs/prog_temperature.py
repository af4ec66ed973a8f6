# Unit conversion tables and formatting
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f"{'Celsius':>8} {'Fahrenheit':>10} {'Kelvin':>8}")
for c in range(-40, 101, 20):
    print(f"{c:>8} {c_to_f(c):>10.1f} {c + 273.15:>8.2f}")
readings = [72.5, 68.0, 75.2, 80.1, 77.7, 65.3, 70.0]
celsius = [round(f_to_c(f), 1) for f in readings]
print(celsius, max(celsius), min(celsius), round(sum(celsius) / len(celsius), 2))
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
hottest = max(zip(celsius, days))
print("hottest:", hottest[1], hottest[0])
for day, c in zip(days, celsius):
    bar = "#" * int(c)
    print(f"{day} {c:5.1f} {bar}")
print({d: ("warm" if c > 22 else "mild" if c > 19 else "cool") for d, c in zip(days, celsius)})
