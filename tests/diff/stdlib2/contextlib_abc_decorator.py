from contextlib import AbstractContextManager, ContextDecorator, ExitStack
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return None
print(isinstance(CM(), AbstractContextManager), isinstance(5, AbstractContextManager), issubclass(ExitStack, AbstractContextManager))
class mycm(ContextDecorator):
    def __enter__(self):
        print("in")
        return self
    def __exit__(self, *a):
        print("out")
        return False
@mycm()
def deco(x):
    "doc"
    print("body", x)
    return x * 2
print(deco(4), deco.__name__, deco.__doc__)
class A2(AbstractContextManager):
    def __exit__(self, *a):
        return None
a2 = A2()
with a2 as q:
    print(q is a2)
with mycm() as m:
    print(type(m).__name__)
