# A program that never reaches the optional list method: everything else on
# lists works, and the suggestions it does not affect are unchanged.
import heapq

x = [5, 1, 4, 2, 3]
x.reverse()
print(x, x.index(4), x.count(2), x[::-1], len(x))
print(heapq.nsmallest(3, x), heapq.nlargest(2, x, key=lambda v: -v))
print(min(x), max(x), list(reversed(x)))
try:
    x.apend(6)
except AttributeError as e:
    print(e)
x.orts()
