import math
for args in [(5, 2), (5,), (5, None), (0, 0), (3, 5)]:
    print(args, math.perm(*args))
for bad in [lambda: math.perm(-1), lambda: math.perm(5, -2), lambda: math.perm(5.0), lambda: math.perm('a', 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
math.perm()
