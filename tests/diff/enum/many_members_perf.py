from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
E = Enum('E', ['M%d' % i for i in range(300)])
total = 0
for i in range(1, 301):
    total += E(i).value
print(total, len(E), E.M0, E['M299'].value)
hits = 0
for _ in range(50):
    for m in E:
        if m.value % 2 == 0:
            hits += 1
print(hits)
