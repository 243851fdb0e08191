from fractions import Fraction
print(Fraction("2/3"))
Fraction("two thirds")
