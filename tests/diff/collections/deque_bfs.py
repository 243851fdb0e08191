from collections import deque
grid = ["S..#....",
        ".#.#.##.",
        ".#...#..",
        ".####.#.",
        "......#E"]
h, w = len(grid), len(grid[0])
start = end = None
for r in range(h):
    for c in range(w):
        if grid[r][c] == 'S': start = (r, c)
        if grid[r][c] == 'E': end = (r, c)
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print(dist.get(end), len(dist))
