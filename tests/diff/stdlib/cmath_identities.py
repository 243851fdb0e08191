# Round trips and identities, printed rounded to avoid last-bit noise.
import cmath
def r(z):
    return complex(round(z.real, 9), round(z.imag, 9))
for z in [0.5 + 0.25j, -1.5 + 2j, 2 - 3j, -0.7 - 0.1j, 1e-3 + 1e-3j]:
    print(r(cmath.exp(cmath.log(z))), r(cmath.sqrt(z) ** 2), r(cmath.sin(cmath.asin(z))),
          r(cmath.cos(cmath.acos(z))), r(cmath.tan(cmath.atan(z))), r(cmath.sinh(cmath.asinh(z))),
          r(cmath.cosh(cmath.acosh(z))), r(cmath.tanh(cmath.atanh(z))))
    print(r(cmath.sin(z) ** 2 + cmath.cos(z) ** 2), r(cmath.cosh(z) ** 2 - cmath.sinh(z) ** 2))
