import math
for x in [-745.2, -745.1, -800, 709.78, 0.0, -0.0, 1e-300, 88.72, 1.0]:
    print(x, math.exp(x), math.expm1(x) if x < 709 else 'big', math.exp2(x / 10))
print(math.expm1(1e-10), math.log1p(1e-10), math.log1p(-0.5), math.expm1(-50))
math.expm1(710)
