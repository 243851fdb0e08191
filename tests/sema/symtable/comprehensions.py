xs = [1, 2, 3]
a = [x * 2 for x in xs if x]
b = {x: y for x in xs for y in xs}
c = {x for x in xs}
d = (x for x in xs)
def f(n):
    e = [x + n for x in range(n)]
    g = (x + n for x in range(n))
    h = [[y for y in range(x)] for x in range(n)]
    k = [lambda: x for x in range(n)]
    m = [lambda: n for _ in range(3)]
    return e, g, h, k, m
def walrus(data):
    if any((hit := v) > 2 for v in data):
        return hit
    total = [(last := v) for v in data]
    return total, last
[(mod_w := i) for i in range(3)]
def nested_walrus():
    return [[(z := j) for j in range(i)] for i in range(3)], z
def comp_cell():
    return [(lambda: i) for i in range(3)]
def comp_uses_outer_local():
    q = 1
    return [q for _ in range(2)]
