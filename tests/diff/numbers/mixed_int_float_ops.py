# int/float mixes on the inline arithmetic and comparison paths: exact
# conversions, signed zeros, infinities, NaN, big ints that do not fit the
# inline range, and in-place forms.
import math

vals_i = [0, 1, -1, 3, -7, 2**47 - 1, -(2**47), 2**47, 2**53 + 1, -(2**60), 10**20]
vals_f = [0.0, -0.0, 0.5, -2.25, 1e300, -1e-300, math.inf, -math.inf, math.nan, 3.0]
out = []
for i in vals_i:
    for f in vals_f:
        for a, b in ((i, f), (f, i)):
            row = []
            for op in ("+", "-", "*", "/"):
                try:
                    if op == "+":
                        r = a + b
                    elif op == "-":
                        r = a - b
                    elif op == "*":
                        r = a * b
                    else:
                        r = a / b
                    row.append(repr(r))
                except (ZeroDivisionError, OverflowError) as e:
                    row.append(type(e).__name__ + ":" + str(e))
            row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
            out.append(row)
print(len(out))
for row in out[::7]:
    print(row)
acc = 0
for k in range(1000):
    acc += k * 0.5
    acc -= 1
    acc *= 1.0
print(acc)
x = 7
x += 0.25
x *= 2
x -= 1
print(x, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 < float(2**53 + 2), 1 / 3, -7 / 2, 10**20 / 3)
print(5 / 0.5, 5 // 2, -(2**47) / -1, (2**47 - 1) / 7)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
