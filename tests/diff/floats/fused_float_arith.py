# Trees of float arithmetic (+ - * /) that Molt evaluates at once on doubles
# when every leaf is a float: rounding of each step, infinities, NaNs,
# signed zeros, division by zero, and int or mixed leaves.
import math


def d2(dx, dy, dz):
    return dx * dx + dy * dy + dz * dz


def lerp(a, b, t):
    return a + (b - a) * t


def ratio(a, b, c):
    return (a - b) / (c * c) + a / b


vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1e308, -1e308, 1e-308, 5e-324, math.inf, -math.inf, math.nan, 3.0000000000000004]
for a in vals:
    row = []
    for b in vals:
        row.append(repr(d2(a, b, 0.3)))
        row.append(repr(lerp(a, b, 0.25)))
    print(" ".join(row))

for a in vals:
    for b in vals:
        for c in [0.5, -2.0, 1e-200, 1e200]:
            try:
                r = ratio(a, b, c)
            except ZeroDivisionError as e:
                r = "ZeroDivisionError: " + str(e)
            print(repr(r) if isinstance(r, float) else r, end=" ")
    print()

# Each step rounds: no fused multiply-add.
x = 0.1
print(repr(x * 10.0 - 1.0), repr(x * x - 0.01), repr(1e16 * 1.0000000000000002 - 1e16))
print(repr(0.1 * 3.0 + 0.7 - 1.0), repr((1.0 + 1e-16) + 1e-16), repr(1.0 + (1e-16 + 1e-16)))

# Signed zeros.
print(repr(-0.0 * 1.0 + -0.0), repr(0.0 * -1.0 - 0.0), repr(-0.0 - 0.0 * 1.0))

# Int and mixed leaves keep Python's int/float rules.
print(2 * 3 + 0.5, 2 * 3 + 1, 7 / 2 * 2, 7 // 2 * 2.0, 2**60 * 2.0 + 1.0, (2**53 + 1) * 1.0 + 0.0)
print(1.5 * 2 + 3 * 4, (10 - 2.5) * (3 + 1))

# In-place forms.
acc = 1.0
for i in range(1, 50):
    acc += 1.0 / (acc * acc)
    acc -= 0.001 * acc
print(repr(acc))


def zero_div(a, b):
    return (a * b) / (b - b) + 1.0


try:
    zero_div(2.0, 3.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(zero_div(2.0, 3.0))
