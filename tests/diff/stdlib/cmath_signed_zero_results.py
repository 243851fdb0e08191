# Signed zeros in results: the sign of zero parts follows CPython exactly.
import cmath
zs = [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1.0, 0.0), complex(1.0, -0.0),
      complex(-1.0, 0.0), complex(-1.0, -0.0), complex(0.0, 1.0), complex(-0.0, -1.0)]
for name in ["sqrt", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "atan", "asinh", "acos", "acosh"]:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            w = f(z)
            out.append("%r %r" % (w.real, w.imag))
        except ValueError as e:
            out.append(str(e))
    print(name, out)
