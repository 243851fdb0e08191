from fractions import Fraction as F
vals = [F(n, d) for n in range(-3, 4) for d in range(1, 4)]
print(sorted(set(vals)))
print(sum(vals), max(vals), min(vals), len(set(vals)))
print(sorted(vals, key=lambda f: (f.denominator, f.numerator))[:6])
print(F(0) in vals, F(2, 4) in vals, vals.count(F(1)))
acc = F(1)
for i in range(1, 25):
    acc *= F(i + 1, i)
print(acc)
