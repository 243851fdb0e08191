import math
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000))
print(math.log(1), math.log(math.e), math.log(0.5, 0.25), math.log2(3), math.log10(2))
for thunk in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log(2, 1), lambda: math.log(2, 0), lambda: math.log10(-5), lambda: math.log2(0),
              lambda: math.log1p(-1), lambda: math.log(-(10 ** 400)), lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log("x")]:
    try:
        print(thunk())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.log(float("inf")), math.log1p(float("inf")), math.isnan(math.log(float("nan"))))
