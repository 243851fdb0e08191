# Every cmath function on a grid of special parts (signed zeros, infinities, NaN).
import cmath
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
            try:
                r = f(complex(x, y))
                out.append("(%r,%r)" % (r.real, r.imag))
            except ValueError as e:
                out.append("VE")
            except OverflowError as e:
                out.append("OE")
    print(name, " ".join(out))
