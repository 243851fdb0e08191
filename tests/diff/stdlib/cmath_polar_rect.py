# phase, polar and rect, including signed zeros and infinities.
import cmath, math
inf = float("inf")
nan = float("nan")
for z in [1, -1, 1j, -1j, 3 + 4j, -3 - 4j, complex(-1, 0.0), complex(-1, -0.0), complex(-0.0, -0.0),
          complex(inf, 1), complex(-inf, -inf), complex(nan, 1), complex(1, nan), complex(inf, nan)]:
    print(z, cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, math.pi / 2), (1, math.pi), (3, -math.pi / 4), (0, 1), (-1, 0.0), (-0.0, -0.0),
               (inf, 0), (inf, 1), (inf, -2), (-inf, 3), (inf, -0.0), (1, nan), (nan, 0), (0, inf), (0.0, nan), (-inf, 0.0)]:
    try:
        print(r, phi, cmath.rect(r, phi))
    except ValueError as e:
        print(r, phi, type(e).__name__, e)
for r, phi in [(1, inf), (inf, inf), (-2, -inf), (inf, nan)]:
    try:
        print(r, phi, cmath.rect(r, phi))
    except ValueError as e:
        print(r, phi, type(e).__name__, e)
print(cmath.polar(1e308 + 1e308j))
z = 2 - 5j
print(cmath.rect(*cmath.polar(z)))
