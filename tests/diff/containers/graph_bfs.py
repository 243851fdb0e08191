edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
print(graph)
def bfs(start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for nb in graph[node]:
                if nb not in dist:
                    dist[nb] = dist[node] + 1
                    nxt.append(nb)
        frontier = nxt
    return dist
print(bfs("a"))
print(bfs("f"))
components = []
seen = set()
for node in graph:
    if node not in seen:
        comp = set(bfs(node))
        seen |= comp
        components.append(sorted(comp))
print(components)
degree = {n: len(nbs) for n, nbs in graph.items()}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])))
print(set(graph) - {"a", "b"}, sorted(set(graph["d"]) & set(graph["a"])))
