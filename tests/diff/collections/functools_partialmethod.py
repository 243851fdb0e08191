from functools import partialmethod, partial
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, note=''):
        self._alive = state
        self.note = note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='rip')
c = Cell()
c.set_alive(); print(c._alive, repr(c.note))
c.set_dead(); print(c._alive, c.note)
c.set_alive('hello'); print(c.note)
print(type(Cell.__dict__['set_alive']).__name__)
class K:
    def add(self, a, b):
        return a + b
    inc = partialmethod(add, 1)
    @classmethod
    def cm(cls, x, y):
        return (cls.__name__, x, y)
    cm1 = partialmethod(cm, 1)
print(K().inc(5), K().cm1(2))
