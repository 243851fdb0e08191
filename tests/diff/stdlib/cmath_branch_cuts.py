# Branch cuts: the sign of a zero imaginary part picks the side of the cut.
import cmath
for name in ["sqrt", "log", "acos", "asin", "atanh", "acosh", "asinh", "atan", "log10"]:
    f = getattr(cmath, name)
    pts = []
    if name in ("sqrt", "log", "log10", "acosh"):
        pts = [complex(-2.0, 0.0), complex(-2.0, -0.0), complex(-0.5, 0.0), complex(-0.5, -0.0)]
    elif name in ("acos", "asin", "atanh"):
        pts = [complex(2.0, 0.0), complex(2.0, -0.0), complex(-3.0, 0.0), complex(-3.0, -0.0)]
    else:
        pts = [complex(0.0, 2.0), complex(-0.0, 2.0), complex(0.0, -3.0), complex(-0.0, -3.0)]
    for z in pts:
        try:
            print(name, z, f(z))
        except ValueError as e:
            print(name, z, type(e).__name__, e)
