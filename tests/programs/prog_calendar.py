# Date arithmetic by hand: leap years, day of week (Zeller), days between dates, month calendars
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
def ordinal(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1, y))
    days += sum(days_in_month(y, mm) for mm in range(1, m))
    return days + d
print([y for y in range(1896, 1925) if is_leap(y)], is_leap(2000), is_leap(1900), is_leap(2024))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31)]:
    print(date, day_of_week(*date))
print(ordinal(2024, 3, 1) - ordinal(2024, 2, 1), ordinal(2025, 1, 1) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
def month_calendar(y, m):
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    lines = [f"{names[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(day_of_week(y, m, 1))
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
