import copy
x = [1, 2]
memo = {}
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y)
z = copy.deepcopy(x, memo)
print(z is y)
pre = {id(x): "replaced"}
print(copy.deepcopy([x, x], pre))
class K:
    def __init__(self):
        self.a = [1]
        self.b = self.a
k = copy.deepcopy(K())
print(k.a is k.b)
