import math
for x, y in [(2, 10), (2, 0.5), (2, -1), (0, 0), (-2, 3), (1, math.nan), (math.nan, 0), (math.inf, 2), (0.5, math.inf), (-1, math.inf), (10, -400), (-8, 1/3) if False else (4, 0.5)]:
    print(x, y, math.pow(x, y))
for x, y in [(0, -1), (-2, 0.5), (10, 400)]:
    try:
        print(math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
math.pow(-8, 1/3)
