# Everyday script: print a month calendar without imports
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def weekday(y, m, d):
    # Monday = 0 (Sakamoto's method gives Sunday = 0)
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    w = (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
    return (w - 1) % 7
def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:>2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print()
print(month_calendar(2023, 10))
print()
print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
print([weekday(2024, 1, 1), weekday(2000, 1, 1), weekday(1970, 1, 1)])
def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
print(day_of_year(2024, 12, 31), day_of_year(2023, 3, 1), day_of_year(2024, 3, 1))
