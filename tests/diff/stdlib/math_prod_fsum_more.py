import math
print(math.prod([]), math.prod([2, 3, 4]), math.prod(range(1, 11)), math.prod([0.5, 4]), math.prod([2, 3], start=10), math.prod(["a"], start=1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(10)), math.fsum([1, 2.5, True]))
for thunk in [lambda: math.prod(5), lambda: math.prod([1, "a", 2]), lambda: math.fsum([1, "a"]), lambda: math.fsum([float("inf"), float("-inf")]),
              lambda: math.fsum([1e308, 1e308]), lambda: math.prod([1], 2)]:
    try:
        print(thunk())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.fsum([float("inf"), 1]), math.isnan(math.fsum([float("nan"), 1])))
