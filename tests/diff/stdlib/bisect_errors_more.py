import bisect
for thunk in [lambda: bisect.bisect_left([1, 2], 1, -1), lambda: bisect.bisect_right(5, 1), lambda: bisect.insort([1], 2, lo=-5),
              lambda: bisect.bisect([1, "a"], 2), lambda: bisect.bisect(), lambda: bisect.bisect_left([1], 1, 0, 1, None, 5),
              lambda: bisect.bisect([1, 2], 1, lo="a"), lambda: bisect.insort((1, 2), 3)]:
    try:
        print(thunk())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(bisect.bisect_left([1, 2, 3], 4, hi=10))
except IndexError as e:
    print(type(e).__name__, e)
print(bisect.bisect_left([1, 2, 3], 2, hi=3), bisect.bisect_right([1, 2, 3], 0, lo=2), bisect.bisect([], 5, 0, 0))
