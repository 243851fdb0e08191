# heapq: Dijkstra's shortest paths on a pseudo-random grid graph.
import heapq


def main():
    n = 400
    x = 987654321
    weight = []
    for i in range(n * n):
        x = (x * 1103515245 + 12345) % 2147483648
        weight.append(1 + x % 9)
    total = 0
    for src in (0, n * n // 2 + n // 3, n * n - 1):
        dist = [1 << 60] * (n * n)
        dist[src] = 0
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist[u]:
                continue
            r, c = divmod(u, n)
            for v in (u - n if r else -1, u + n if r < n - 1 else -1, u - 1 if c else -1,
                      u + 1 if c < n - 1 else -1):
                if v >= 0:
                    nd = d + weight[v]
                    if nd < dist[v]:
                        dist[v] = nd
                        heapq.heappush(pq, (nd, v))
        total += sum(dist) + max(dist)
    print("dijkstra checksum:", total)


main()
