from collections import deque
class Stack(deque):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, deque), type(s).__name__)
c = s.copy(); print(type(c).__name__, c)
class Bounded(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=2)
        self.tag = 'b'
b = Bounded([1, 2, 3])
print(b, b.maxlen, b.tag)
try:
    print(b + deque([9]))
except TypeError as e:
    print('TypeError', e)
class WithInit(deque):
    def __init__(self, *args):
        super().__init__()
        for a in args:
            self.appendleft(a)
print(WithInit(1, 2, 3))
s.x = 5; print(s.x)
