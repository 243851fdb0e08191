# Arguments: __complex__, __float__, __index__, complex subclasses, bools.
import cmath
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 1.5
class Sub(complex):
    pass
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(Sub(-4, 0)), cmath.sqrt(True), cmath.sqrt(False))
print(cmath.phase(C()), cmath.polar(F()), cmath.isfinite(I()), cmath.exp(Sub(0, 1)))
print(cmath.log(C(), F()), cmath.log(I(), 3))
print(cmath.rect(F(), I()))
for f, a in [(cmath.sqrt, Bad()), (cmath.sqrt, object()), (cmath.exp, "1j"), (cmath.rect, C())]:
    try:
        print(f(a) if f is not cmath.rect else f(a, 0))
    except TypeError as e:
        print(type(e).__name__, e)
