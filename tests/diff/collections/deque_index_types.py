from collections import deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 1
d = deque('abc')
t(lambda: d[I()])
t(lambda: d[True])
t(lambda: d[2 ** 70])
t(lambda: d[1.0])
t(lambda: d.insert(I(), 'q'))
print(d)
t(lambda: d.rotate(I()))
print(d)
t(lambda: deque('xy', I()))
t(lambda: d.index('a', I()))
