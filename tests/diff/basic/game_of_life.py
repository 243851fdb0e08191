def step(cells, w, h):
    new = set()
    for y in range(h):
        for x in range(w):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if (dx or dy) and ((x + dx) % w, (y + dy) % h) in cells:
                        n += 1
            if n == 3 or (n == 2 and (x, y) in cells):
                new.add((x, y))
    return new
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for gen in range(4):
    cells = step(cells, 8, 8)
for y in range(8):
    print("".join(["#" if (x, y) in cells else "." for x in range(8)]))
print(sorted(cells))
