# cmath functions on ordinary finite arguments (ints, floats, complex).
import cmath
zs = [1, 2.5, -3, 1j, -1j, 1 + 1j, -2 + 0.5j, 0.3 - 0.7j, 3 + 4j, -1e-5 + 2e-5j, 10 - 10j]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
             "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(f(z))
        except ValueError as e:
            out.append(str(e))
    print(name, out)
