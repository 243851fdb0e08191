import copy
class Sx(str):
    pass
s = Sx("hi")
s.tag = 1
c = copy.copy(s)
print(type(c).__name__, c, c == s)
d = copy.deepcopy([s])
print(type(d[0]).__name__, d[0])
