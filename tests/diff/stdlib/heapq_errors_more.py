import heapq
for thunk in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(5), lambda: heapq.heapreplace([], 1),
              lambda: heapq.heappush([1], "a"), lambda: heapq.nlargest(2, 5), lambda: heapq.nsmallest("a", [1]), lambda: heapq.heappush([]),
              lambda: heapq.heappop(None), lambda: list(heapq.merge([1], 2))]:
    try:
        print(thunk())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 5), heapq.nlargest(0, [1, 2]), heapq.nsmallest(-1, [1, 2]), heapq.nlargest(10, [3, 1]), heapq.nsmallest(1, []))
