from fractions import Fraction as F
import math
# many operations in a loop: results reduced to a checksum and a few samples
acc = F(0)
prod = F(1)
for i in range(1, 200):
    a = F(i, i + 3)
    b = F(-i, 2 * i + 1)
    acc += a * b - a / (b - 1)
    if i % 7 == 0:
        prod *= a
print(acc.numerator % 999983, acc.denominator % 999983, float(acc))
print(prod.numerator.bit_length(), prod.denominator.bit_length())
print(hash(acc) % 1000, hash(prod) % 1000)
print(sorted([F(i, 7) for i in range(-3, 4)], key=abs))
print(round(acc, 5), math.floor(acc), math.ceil(acc))
