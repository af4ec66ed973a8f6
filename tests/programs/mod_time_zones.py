# time in the local zone: localtime/mktime/strftime/ctime around DST transitions, tzname (the corpus runs in the machine zone).
import time
for t in [0, 1e9, 1700000000, 1719000000, 1710054000, 1710050400, 1730613600]:
    lt = time.localtime(t)
    print(lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime("%Z %z %c", lt), time.ctime(t))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.mktime((2024, 3, 10, 2, 30, 0, 0, 0, -1)), time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, -1)), time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, 0)), time.mktime((2024, 11, 3, 1, 30, 0, 0, 0, 1)))
print(time.strftime("%Z", (2024, 7, 1, 0, 0, 0, 0, 1, 1)), time.strftime("%Z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
