# Very large and very small arguments (scaling paths of the algorithms).
import cmath
vals = [1e308, -1e308, 1e-308, 5e-324, -5e-324, 1e200, 1e-200, 2.0 ** 520]
for name in ["sqrt", "log", "acos", "asin", "acosh", "asinh", "atan", "atanh", "tanh", "tan"]:
    f = getattr(cmath, name)
    out = []
    for x in vals:
        for y in (vals[0], vals[2], 1.0, 0.0):
            try:
                out.append(f(complex(x, y)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, out)
print(cmath.exp(complex(709.5, 0.5)), cmath.cosh(complex(710, 0.25)), cmath.sinh(complex(-710, 0.25)))
print(cmath.tanh(complex(400, 1)), cmath.tanh(complex(-400, -2)), cmath.tan(complex(1, 400)))
