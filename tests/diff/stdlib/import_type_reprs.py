import itertools, operator, random, time, heapq
for t in [itertools.count, itertools.chain, itertools.zip_longest, operator.itemgetter, operator.methodcaller,
          random.Random, time.struct_time]:
    print(repr(t), t.__name__, t.__qualname__, t.__module__)
print(isinstance(itertools.count(), itertools.count), isinstance(random.Random(1), random.Random))
print(type(heapq.merge([1])).__name__, repr(random.random)[:27], repr(heapq.heappush))
print(type(itertools.groupby('a').__next__()[1]).__name__)
