import time
tt = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %%', tt))
print(time.strftime('%y %I %M %U %W %w %d/%m', tt), time.strftime('', tt), time.strftime('plain text', tt))
print(time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y %w', (2024, 1, 1, 0, 0, 0, -1, 1, 0)))
g = time.gmtime(1700000000)
print(time.strftime('%c | %x | %X', g), time.strftime('%H:%M', g), time.strftime('%Z', g))
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(0)), time.strftime('%e|%C|%G-%V|%u', g))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2)]:
    try:
        time.strftime('%Y', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
time.strftime(1)
