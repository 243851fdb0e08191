# Field specs in f-strings reach the numbers' and text's own formatting.
n = 1234567
x = 3.14159
s = "ab"
print(f"{n:,} {n:>12} {n:#x} {x:.2f} {x:e} {s:*^9} {s!r:>6}")
w = 10
print(f"{n:{w}d}|{x:{w}.3}|{s:<{w}}|")
print(f"{n} {x} {s} {True} {None} {[1, 2]} {-n:_}")
spec = ""
print(f"{n:{spec}}|{x:{spec}}|{s:{spec}}|")
try:
    print(f"{s:d}")
except ValueError as e:
    print("ValueError:", e)
