# log10 over many magnitudes (including subnormals and big ints) must print
# CPython's digits on both targets: on wasm32 the runtime evaluates glibc's
# formula itself (wasi-libc's log10 differs in the last bit for ~10%).
import math
import random

r = random.Random(7)
xs = [r.uniform(0, 100) for _ in range(200)] + [2.0 ** r.uniform(-1074, 1024) for _ in range(200)]
xs += [1.0, 10.0, 1e22, 1e23, 1e-5, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 3.0]
out = [math.log10(x) for x in xs]
print(out[:5], out[-11:])
h = 0
for v in out:
    for c in v.hex():
        h = (h * 1000003 ^ ord(c)) & 0xFFFFFFFFFFFF
print(h)
print(math.log10(10 ** 400), math.log10(3 ** 1000), math.log10(2 ** 1100 + 1))
for bad in (0.0, -1.0, 0, -(10 ** 400)):
    try:
        math.log10(bad)
    except ValueError as e:
        print("ValueError", e)
