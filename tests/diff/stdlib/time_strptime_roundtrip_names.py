# Month and weekday names in any case, abbreviated and full, round trip with strftime.
import time
for m in range(1, 13):
    st = time.strptime("2021-%02d-15" % m, "%Y-%m-%d")
    full = time.strftime("%B", st)
    abbr = time.strftime("%b", st)
    print(m, full, abbr, time.strptime(full.upper() + " 15 2021", "%B %d %Y").tm_mon, time.strptime(abbr.lower() + " 2021", "%b %Y").tm_mon,
          time.strftime("%A %a", st), time.strptime(time.strftime("%A", st) + " 2021", "%A %Y").tm_wday)
print(time.strptime("mAy 1", "%b %d").tm_mon, time.strptime("May 1", "%B %d").tm_mon)
try:
    time.strptime("Sept 1", "%b %d")
except ValueError as e:
    print(type(e).__name__, e)
