v = 1234567.891
n = 255
s = "hi"
print(f"{v:,.2f} {v:_.1f} {v:e} {v:.3g} {v:10.1f}| {v:<12.2f}| {v:^14,.0f}|")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#x} {n:08b} {n:+} {-n:+} {n: d} {n:,}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^7}|{s!r:>6}|")
print(f"{0.5:%} {0.125:.1%} {1/3:.5} {2/3:.10f} {1e-7} {1e16:.0f}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'>'}{w}}|")
print(f"{'a' if n > 3 else 'b'} {[1, 2][0]} {{literal}} {n!s:>5} {s!a}")
import sys
print(f"{sys.maxsize:,}", f"{-0.0:.1f}", f"{float('inf'):>6}", f"{float('nan')}")
print(f"{12:=+8}", f"{-12:=8}", f"{3:03}", f"{True}", f"{None!r}")
