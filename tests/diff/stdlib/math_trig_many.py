# Many arguments of the trigonometric and hyperbolic functions, hypot and
# abs(complex): the results must be CPython's bit for bit on both targets
# (on wasm32 the runtime's own correctly rounded versions replace musl's).
import cmath
import math

H = float.fromhex
import random

r = random.Random(2024)

# glibc (CPython's libm on the reference machine) misrounds about 0.1% of
# arguments; the correctly rounded wasm32 results differ there. These four
# drawn below are left out here and kept in math_glibc_misrounded.py, a known
# failure on wasm.
GLIBC_MISROUNDED = {("tan", H("0x1.d9d350c63d5f4p+0")), ("tan", H("0x1.f2b2022393444p+0")),
                    ("atan", -H("0x1.96d6d78742cfap+1")), ("polar", (H("0x1.0e82a98bacf4cp+1"), -H("0x1.a377b1dbecb20p-1")))}


def digest(f, args, name=None):
    out = []
    for a in args:
        if (name, a[0] if len(a) == 1 else a) in GLIBC_MISROUNDED:
            continue
        try:
            out.append(f(*a).hex())
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    h = 0
    for s in out:  # a deterministic digest (str hashes are salted)
        for c in s:
            h = (h * 1000003 ^ ord(c)) & 0xFFFFFFFFFFFF
    return h, out[:3]


small = [(r.uniform(-4, 4),) for _ in range(300)]
wide = [(r.uniform(-1e5, 1e5),) for _ in range(300)]
unit = [(r.uniform(-1, 1),) for _ in range(300)]
logs = [(math.copysign(2.0 ** r.uniform(-30, 60), r.random() - 0.5),) for _ in range(300)]
pairs = [(r.uniform(-10, 10), r.uniform(-10, 10)) for _ in range(300)]
spread = [(2.0 ** r.uniform(-200, 200) * r.choice([-1, 1]), 2.0 ** r.uniform(-200, 200) * r.choice([-1, 1])) for _ in range(300)]
hyp = [(r.uniform(-30, 30),) for _ in range(300)]

for name, args in [("sin", small), ("sin", wide), ("cos", small), ("cos", wide), ("tan", small), ("tan", wide),
                   ("asin", unit), ("acos", unit), ("atan", logs), ("atan", small),
                   ("sinh", hyp), ("cosh", hyp), ("tanh", hyp), ("tanh", unit)]:
    print(name, digest(getattr(math, name), args, name))
print("atan2", digest(math.atan2, pairs), digest(math.atan2, spread))
print("abs", digest(lambda x, y: abs(complex(x, y)), pairs), digest(lambda x, y: abs(complex(x, y)), spread))
print("polar", digest(lambda x, y: cmath.polar(complex(x, y))[1], pairs, "polar"))
# Edge values near the quadrant boundaries and the ranges' ends.
edge = [math.pi / 2, -math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, 1e6, 2.0 ** 20 - 1, 2.0 ** 20,
        2.0 ** -26, 2.0 ** -27, 1e-300, 5e-324, 0.7853981633974483, 22.0, 21.999999999999996]
for name in ["sin", "cos", "tan", "atan", "sinh", "cosh", "tanh"]:
    print(name, digest(getattr(math, name), [(x,) for x in edge])[0], digest(getattr(math, name), [(-x,) for x in edge])[0])
print([math.asin(x).hex() for x in [1 - 2.0 ** -53, -(1 - 2.0 ** -53), 0.5, 2.0 ** -26, 1e-300]])
print([math.acos(x).hex() for x in [1 - 2.0 ** -53, -(1 - 2.0 ** -53), 0.5, -0.5, 2.0 ** -60, -1e-300]])
print([math.hypot(x, y).hex() for x, y in [(3, 4), (1e308, 1e308), (1e-320, 1e-320), (1e-310, 3e-310), (1.5, 1e-20)]])
