# cmath.log with a base, log10, and their relation to math.
import cmath, math
for z, b in [(8, 2), (100, 10), (1j, 2), (-8, 2), (2 + 3j, 1j), (1000, 10.0), (0.5, 4), (3, -2), (1 + 1j, 1 + 1j), (2, 0.5)]:
    print(z, b, cmath.log(z, b))
for z in [1, 10, 1000, 0.001, -10, 1j, 1e300, 1e-300, 5e-324]:
    print(z, cmath.log(z), cmath.log10(z))
print(cmath.log(math.e), cmath.log(1), cmath.log(-1), cmath.log(-1 - 0j), cmath.log(complex(-1, -0.0)))
print(cmath.log(1e308 + 1e308j), cmath.log(1e-310 + 1e-310j), cmath.log(0.9 + 0.1j), cmath.log(1.2 + 0.5j))
