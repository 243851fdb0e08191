grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
grid[2][0] = 7
print(grid)
for row in grid:
    print(row, sum(row))
print([[row[i] for row in grid] for i in range(4)])
tree = {"name": "root", "children": [{"name": "a", "children": []}, {"name": "b", "children": [{"name": "c", "children": []}]}]}
def names(node, depth):
    out = [("  " * depth) + node["name"]]
    for child in node["children"]:
        out.extend(names(child, depth + 1))
    return out
print("\n".join(names(tree, 0)))
print(tree)
index = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    index.setdefault(word[0], []).append(word)
print(index)
print({k: sorted(v, reverse=True) for k, v in index.items()})
combos = {(a, b): [a * b, {a, b}] for a in range(1, 3) for b in range(2, 4)}
print(combos)
deep = [1, [2, [3, [4, [5]]]]]
flat = []
def flatten(x):
    for item in x:
        if type(item) is list:
            flatten(item)
        else:
            flat.append(item)
flatten(deep)
print(flat)
matrix = [[1, 2], [3, 4]]
copy = [row[:] for row in matrix]
copy[0][0] = 99
print(matrix, copy)
print([[1, 2], (3, {4: frozenset([5])})] == [[1, 2], (3, {4: frozenset([5])})])
