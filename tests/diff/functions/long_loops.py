# Functions whose loops run for many thousands of iterations (on wasm such a
# function runs in chunks and is re-entered between them): locals, unpacked
# values, handlers, break/continue/else and errors must survive every re-entry.


def counting(n):
    total = 0
    acc = []
    i = 0
    while i < n:
        a, b = divmod(i, 7)
        total += a - b
        if i % 1000 == 0:
            acc.append(total)
        i += 1
    return total, acc[-3:]


def nested(n):
    grid = [[0] * 50 for _ in range(50)]
    s = 0
    for r in range(n):
        for c in range(50):
            grid[r % 50][c] += r ^ c
            if c == 49 and r % 3 == 0:
                continue
            s += grid[r % 50][c] & 255
    return s


def handlers(n):
    caught = 0
    finals = 0
    d = {"a": 1}
    for i in range(n):
        try:
            if i % 5 == 0:
                raise ValueError(i)
            d["b" if i % 7 == 0 else "a"]
        except ValueError as e:
            caught += e.args[0] % 3
        except KeyError:
            caught -= 1
        finally:
            finals += 1
    return caught, finals


def search(n, target):
    for i in range(n):
        if i * i > target:
            break
    else:
        return -1
    return i


def closures(n):
    fns = []
    for i in range(n):
        if i % 4000 == 0:
            fns.append(lambda k=i: k * 2)
    x = 0
    for f in fns:
        x += f()
    return x


def fails_late(n):
    s = 0
    for i in range(n):
        s += 10 // (n - 1 - i)
    return s


def strings(n):
    parts = []
    w = ""
    for i in range(n):
        w += chr(97 + i % 26)
        if len(w) == 10:
            parts.append(w)
            w = ""
    return len(parts), parts[-1], "".join(parts)[-15:]


print(counting(100000))
print(nested(400))
print(handlers(60000))
print(search(100000, 2500000000), search(100, 10**9))
print(closures(50000))
print(strings(80000))
try:
    fails_late(50000)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
total = 0
for k in range(120000):
    total += k % 11
print(total)
fails_late(30000)
