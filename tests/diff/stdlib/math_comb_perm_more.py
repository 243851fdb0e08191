import math
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 11), math.comb(0, 0), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(0))
for thunk in [lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.comb(5.0, 2), lambda: math.perm(-2), lambda: math.perm(3, -1),
              lambda: math.comb(5), lambda: math.perm(1, 2, 3), lambda: math.comb("5", 2), lambda: math.perm(2, None)]:
    try:
        print(thunk())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(math.comb(12, k) for k in range(13)) == 2 ** 12, math.comb(True, True), math.perm(10 ** 2, 2))
