import string
f = string.Formatter()
print(f.format("{:,}", 1234567), f.format("{:08.3f}", -3.14159), f.format("{:>+6d}|{:<5}|{:^7}", 5, "ab", "mid"))
print(f.format("{0:b} {0:o} {0:x} {0:X} {0:#x}", 255))
print(f.format("{:.2%}", 0.4567), f.format("{:e}", 12345.678), f.format("{:g}", 1e-7))
print(f.format("{!r:>8}", "q"), f.format("{0[a]}", {"a": "dict"}))
