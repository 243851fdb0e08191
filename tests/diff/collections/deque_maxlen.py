from collections import deque
d = deque(maxlen=3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
for i in range(3):
    d.appendleft(-i)
    print(d)
d.extend('abcd'); print(d)
d.extendleft('xy'); print(d)
print(deque('abcdef', 2), deque('abcdef', 2).maxlen)
print(deque([], 0), deque([1, 2], 0))
z = deque(maxlen=0); z.append(1); z.appendleft(2); z.extend([1, 2]); print(z, len(z))
print(deque(range(10), maxlen=None).maxlen)
