# Float -> text on tricky values: repr/str, format() types e/f/g/%/none at
# many precisions (up to every digit of the exact expansion), %-formatting.
# Each value prints its short forms in full and a checksum of the long ones
# (wasm32's stdout through Node breaks on outputs beyond 64 KB).
import math

P = 2305843009213693951


def ck(parts):
    h = 0
    for s in parts:
        h = (h * 1000003 + int.from_bytes(s.encode(), "big") % P + len(s)) % P
    return "%015x" % h


values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 0.625, 2.675, 1.005, 4.35, 0.045, 1.25,
          1.0 / 3, 2.0 / 3, 0.1, 0.2, 0.3, 0.7, 1e15, 1e16, 1e17, 1e22, 1e23, 9007199254740993.0,
          123456789012345678.0, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, 8.98846567431158e307, 4.9406564584124654e-324, 0.9999999999999999,
          999999.5, 9.5, 99.5, 0.05, 0.15, 0.25, 0.35, 1e-7, 1.5e-7, 123.456, 1234567.891,
          9.999999999999999e22, 0.30000000000000004, 1e-5, 1e-4, 12345678901234567.0]
for k in range(-1074, 1024, 37):
    values.append(math.ldexp(1.0, k))
values.append(math.ldexp(1.0, -1022))
values.append(math.ldexp(1.0, 1023))
for k in range(-323, 309, 29):
    values.append(float("1e%d" % k))

specs = [".0e", ".16e", ".20e", ".0f", ".5f", ".17f", ".30f", ".1g", ".15g", ".17g", "g", "e",
         "%", ".3%", "#.0f", "#.4g", ".12", ".1", "+,.2f", "_.3e", "z.1f", ".100e", ".340f"]
for x in values:
    short = [repr(x), str(x), format(x, ".3e"), format(x, ".6g"), "%.2f" % x if abs(x) < 1e20 else "-",
             str(float(repr(x)) == x)]
    rest = [format(x, s) for s in specs]
    rest.append("%.3e %.10f %.4g %g %#.3g %r %s %.0f %.50e %-12.3f|%+015.4e" % ((x,) * 11))
    print(" ".join(short), ck(rest))

# Every digit of a few doubles: the length, the ends, and a checksum.
for x in (5e-324, 2.2250738585072009e-308, 1.7976931348623157e308, 0.1, 2.0 ** -1074 * 3, 2.0 ** 1023):
    for s in ("%.770e" % x, format(x, ".1080f"), format(x, ".800g"), format(x, "#.800g")):
        print(len(s), s[:30], s[-30:], ck([s]))
