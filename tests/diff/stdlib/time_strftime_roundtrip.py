# strftime and strptime agree on a range of dates (gmtime-based, deterministic).
import time
fmt = "%Y-%m-%d %H:%M:%S %j %a %b"
for secs in [0, 86399, 951782400, 1709600000, 2147483647, 4102444800, -86400, 1e9]:
    st = time.gmtime(secs)
    s = time.strftime(fmt, st)
    back = time.strptime(s, fmt)
    print(s, tuple(back)[:8] == tuple(st)[:8])
print(time.strftime("%A %B %d %y %I%p %U %W %w %%", time.gmtime(1234567890)))
print(time.strftime("%H:%M", (2024, 1, 2, 3, 4, 5, 1, 2, 0)), time.asctime(time.strptime("2024-06-01", "%Y-%m-%d")))
