# Raising to a power through the operator, its augmented form and the
# builtin: ints (small, big, negative exponents, modular), bools, floats.
a, b, m = 3, 100, 97
print(a ** b)
print(a ** 5, (-a) ** 3, a ** -2, a ** 0)
x = 2
x **= 10
print(x)
print(pow(a, b, m), pow(a, -1, m), pow(2, 0.5))
t = True
print(t ** 2, 2 ** t, t ** t)
f = 1.5
print(f ** 2, f ** -1, 2 ** f, f ** 0.5)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
