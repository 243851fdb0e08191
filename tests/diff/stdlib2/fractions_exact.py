from fractions import Fraction as F
import math
# harmonic numbers and continued fractions computed exactly
h = F(0)
for n in range(1, 31):
    h += F(1, n)
print(h)
print(h.numerator % 1000007, h.denominator % 1000007)
def cf(x, k):
    terms = []
    for _ in range(k):
        a = math.floor(x)
        terms.append(a)
        if x == a:
            break
        x = 1 / (x - a)
    return terms
print(cf(F(415, 93), 10), cf(F(math.sqrt(2)), 8))
e = F(0)
fact = 1
for k in range(20):
    e += F(1, fact)
    fact *= k + 1
print(e, float(e), e.limit_denominator(1000))
