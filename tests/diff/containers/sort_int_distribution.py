# list.sort / sorted on small ints: the radix and counting paths (long
# arrays, many runs) against the merge sort (short arrays, few runs), with
# reverse and key= stability on every distribution.
import random
r = random.Random(5)
for n in [0, 1, 5, 600, 5000, 100000]:
    for gen in ["small", "wide", "neg", "sorted", "rev", "runs", "const", "huge"]:
        if gen == "small": a = [r.randrange(97) for _ in range(n)]
        elif gen == "wide": a = [r.randrange(-2**40, 2**40) for _ in range(n)]
        elif gen == "neg": a = [r.randrange(-300, 5) for _ in range(n)]
        elif gen == "sorted": a = list(range(n))
        elif gen == "rev": a = list(range(n, 0, -1))
        elif gen == "runs": a = list(range(n // 2)) + list(range(n - n // 2))
        elif gen == "const": a = [7] * n
        else: a = [r.randrange(-2**47, 2**47) for _ in range(n)]
        s1 = sorted(a); s2 = sorted(a, reverse=True)
        idx = list(range(n))
        k1 = sorted(idx, key=lambda i: a[i] % 13)
        k2 = sorted(idx, key=lambda i: a[i] % 13, reverse=True)
        k3 = sorted(idx, key=lambda i: a[i])
        ok = all(s1[i] <= s1[i+1] for i in range(n - 1))
        print(n, gen, ok, hash(tuple(s1)) , hash(tuple(s2)), hash(tuple(k1)), hash(tuple(k2)), hash(tuple(k3)), s1[:3], s2[:3], k2[:4])
b = [3, 1, 2] * 1000
b.sort(key=lambda v: -v)
print(b[:5], b[-5:])
c = [x * 10**20 if x % 100 == 0 else x for x in range(2000, 0, -1)]
c.sort()
print(c[:3], c[-2:])
