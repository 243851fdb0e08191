# Solving quadratics with complex roots, a typical cmath program.
import cmath
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
for a, b, c in [(1, 0, 1), (1, 2, 5), (1, -3, 2), (2, 4, 4), (1, 0, -4), (1, 1, 1), (3, 0.5, 7)]:
    r1, r2 = roots(a, b, c)
    print((a, b, c), r1, r2, abs(a * r1 * r1 + b * r1 + c) < 1e-9)
n = 8
unity = [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]
print([complex(round(z.real, 6), round(z.imag, 6)) for z in unity])
print(round(abs(sum(unity)), 12), [round(cmath.phase(z), 6) for z in unity])
