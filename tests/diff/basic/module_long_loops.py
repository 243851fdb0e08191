# Loops at module level and in a class body that run for many thousands of
# iterations (chunked on wasm), ending with an uncaught error in a loop.
import math
total = 0
names = []
for k in range(120000):
    total += k % 11
    if k % 30000 == 0:
        names.append(str(k))
i = 0
while i < 50000:
    try:
        if i % 9 == 0:
            raise KeyError(i)
    except KeyError as e:
        total += 1
    i += 1
class C:
    acc = 0
    for j in range(20000):
        acc += j
print(total, names, C.acc, math.floor(2.5))
x = [1, 2]
for q in range(10000):
    y = x[q]
