# Numbers with an imaginary part reached only through a power (a negative
# float base with a fractional exponent) must still work fully.
x = -8.0
y = x ** 0.5
print(y)
print(y + 1, y - 1, y * y, y / 2)
print(abs(y) > 2.8, y == y, y != 1.0, bool(y))
print(repr(y.real), repr(y.imag))
z = (-2) ** 1.5
print(z, -z, +z)
w = 0.5
w **= 0.5
q = (-27.0) ** (1 / 3)
print(q.real > 1.49, q.imag > 2.59)
print([y, z], (y,), {1: y})
print(hash(y) == hash(y), str(y))
