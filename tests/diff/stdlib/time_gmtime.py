import time
for s in [0, 1, 59, 86399, 86400, 951782400, 1709164800, 2**31 - 1, 2**31, -1, -86401, 1e9 + 0.9, -1.5, 253402300799, -62135596800]:
    print(s, time.gmtime(s))
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[2:5], list(t)[:3], tuple(t) == t, t == (2009, 2, 13, 23, 31, 30, 4, 44, 0))
print(type(t).__name__, type(t).__module__, type(t), isinstance(t, tuple))
time.gmtime(1e20)
