from fractions import Fraction
print(Fraction(3, 6))
print(Fraction(7, 0))
