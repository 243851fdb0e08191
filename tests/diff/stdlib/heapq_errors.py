import heapq
for f in [lambda: heapq.heappop([]), lambda: heapq.heappop(1), lambda: heapq.heapreplace(1, 1),
          lambda: heapq.heappushpop(1, 1), lambda: heapq.heappush([]), lambda: heapq.heapify(),
          lambda: heapq.heappush(1, 2), lambda: heapq.heapify(1), lambda: heapq.heappush([1], 'a')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
heapq.heappop(None)
