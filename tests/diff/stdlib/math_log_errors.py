import math
for f in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log2(0), lambda: math.log10(-5),
          lambda: math.log(-10**100), lambda: math.log1p(-1), lambda: math.log(1, 1), lambda: math.log(0.0)]:
    try:
        print(f())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.log(math.inf), math.isnan(math.log(math.nan)))
math.log(0, 2)
