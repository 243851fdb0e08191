z = -0.0
print(z, repr(z), z == 0, str(z), abs(z), -z, 0.0 * -1, round(-0.4), round(-0.4, 1))
print(1 / float("inf"), -1 / float("inf"), divmod(-0.0, 1), (-0.0) % 5, 0.0 // -3)
print(f"{-0.0:+.1f}", f"{-0.0:g}", format(-0.0, "e"))
print(int(-0.0), int(-0.9), int(0.9), float(-0), hash(-0.0) == hash(0.0))
