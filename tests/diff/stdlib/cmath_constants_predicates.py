# Constants and the isfinite/isinf/isnan/isclose predicates.
import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, cmath.pi == math.pi, cmath.tau == 2 * math.pi)
print(cmath.infj.real, cmath.infj.imag, cmath.nanj.real, math.isnan(cmath.nanj.imag))
for z in [1, 1j, complex(float("inf"), 0), complex(0, float("-inf")), complex(float("nan"), 1), complex(1, float("nan")),
          complex(float("inf"), float("nan")), 0.0, float("inf"), 5]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1 + 1j, 1 + 1.001j))
print(cmath.isclose(1j, 1.01j, rel_tol=0.1), cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isclose(complex(float("inf"), 1), complex(float("inf"), 1)), cmath.isclose(complex(float("inf"), 1), complex(float("inf"), 2)))
print(cmath.isclose(cmath.nanj, cmath.nanj), cmath.isclose(a=1, b=1.0))
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 1), {"rel_tol": -1}), ((1, 1), {"abs_tol": -0.5}), ((1, 1), {"foo": 1}), ((1j, "a"), {})]:
    try:
        print(cmath.isclose(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
