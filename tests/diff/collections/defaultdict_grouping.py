from collections import defaultdict
words = 'apple avocado banana blueberry cherry cranberry date'.split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
graph = defaultdict(set)
for a, b in [(1, 2), (2, 3), (1, 3), (4, 1)]:
    graph[a].add(b); graph[b].add(a)
print(sorted([(k, sorted(v)) for k, v in graph.items()]))
count = defaultdict(int)
for ch in 'abracadabra':
    count[ch] += 1
print(sorted(count.items(), key=lambda kv: (-kv[1], kv[0])))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2; nested['x']['z'] += 1
print({k: dict(v) for k, v in nested.items()})
print(by_letter.keys() - {'a'} == {'b', 'c', 'd'})
