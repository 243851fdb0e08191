# Every cmath function on a grid of special parts: at least one part infinite
# or NaN (signed zeros and finite values as the other part); cells with two
# finite parts are covered by cmath_finite_values.py and cmath_signed_zero_results.py.
import cmath
import math
inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 0.5, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
         "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for x in parts:
        for y in parts:
            if math.isfinite(x) and math.isfinite(y):
                out.append("-")
                continue
            try:
                r = f(complex(x, y))
                out.append("(%r,%r)" % (r.real, r.imag))
            except ValueError as e:
                out.append("VE")
            except OverflowError as e:
                out.append("OE")
    print(name, " ".join(out))
