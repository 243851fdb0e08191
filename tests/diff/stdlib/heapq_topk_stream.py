import heapq, random
rng = random.Random(2024)
stream = [rng.randrange(1000) for _ in range(200)]
top = []
for x in stream:
    if len(top) < 5:
        heapq.heappush(top, x)
    else:
        heapq.heappushpop(top, x)
print(sorted(top, reverse=True), heapq.nlargest(5, stream), sorted(stream)[-5:][::-1])
h = stream[:]
heapq.heapify(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out == sorted(stream), out[:8])
mh = []
for x in stream[:20]:
    heapq.heappush(mh, -x)
print([-heapq.heappop(mh) for _ in range(4)], heapq.heapreplace(mh, 5000), len(mh))
