from collections import deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def m():
    x = deque([1, 2, 3])
    for i in x:
        x.append(1)
t(m)
def m2():
    x = deque([1, 2, 3])
    for i in x:
        x[0] = 5
    return x
t(m2)
def m3():
    x = deque([1, 2, 3])
    for i in x:
        x.rotate(1)
t(m3)
def m4():
    x = deque([1, 2, 3])
    for i in reversed(x):
        x.pop()
t(m4)
it = iter(deque('abc'))
print(next(it), it.__length_hint__(), list(it))
r = reversed(deque(range(5)))
print(list(r))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(sum(deque(range(100))), max(deque([3, 9, 2])))
