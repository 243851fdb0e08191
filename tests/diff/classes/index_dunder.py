class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


lst = list("abcdefgh")
print(lst[I(2)], lst[I(-1)])
print(lst[I(1):I(4)])
print("xyz"[I(0)], (1, 2, 3)[I(2)])
print(list(range(I(3))), range(10)[I(4)])
print(hex(I(255)), bin(I(5)), oct(I(8)))
print(operator_free := [0] * I(2))
print(int(I(7)))
print(bytes(I(2)))
d = {1: "one"}
print(d.get(1))
try:
    lst[I("s")]
except TypeError as e:
    print("TypeError:", e)
lst[2.0]
