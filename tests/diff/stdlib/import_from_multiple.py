from itertools import count, islice as isl, chain
from random import Random, seed
from time import struct_time, gmtime
from heapq import heappush, heappop
from bisect import bisect, insort
from operator import itemgetter as ig, add
print(list(isl(count(3), 3)), list(chain('a', 'b')), Random(1).random(), struct_time is type(gmtime(0)))
h = []
heappush(h, 3); heappush(h, 1)
l = [1, 5]
insort(l, 3)
print(heappop(h), bisect(l, 4), l, ig(1)('xy'), add(2, 3))
seed(5)
from random import random
print(random())
