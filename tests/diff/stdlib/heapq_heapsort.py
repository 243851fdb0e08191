import heapq, random
r = random.Random(4)
data = [r.randint(0, 1000) for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:10], out[-5:])
d2 = data[:]
heapq.heapify(d2)
print(d2[:15])
