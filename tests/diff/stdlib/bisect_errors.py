import bisect
for f in [lambda: bisect.bisect([1, 2], 1, -1), lambda: bisect.bisect([1, 2], 1, 0, 5), lambda: bisect.bisect([]),
          lambda: bisect.bisect([1, 2], 1, 0, 1, 2), lambda: bisect.bisect_left(1, 1), lambda: bisect.bisect([1, 2], 1, 'a'),
          lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect([1, 2], 1, lo=None), lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect, bisect.insort)
bisect.insort([1])
