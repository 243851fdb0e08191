import copy
def f(x):
    return x + 1
g = lambda: 0
class A:
    attr = [1]
print(copy.copy(f) is f, copy.deepcopy(g) is g, copy.deepcopy(A) is A, copy.copy(A) is A)
print(copy.deepcopy([f, A, len])[0] is f)
print(copy.copy(print) is print, copy.deepcopy(range(5)) == range(5), copy.copy(slice(1, 2)))
o = object()
print(type(copy.copy(o)).__name__, copy.copy(o) is o)
