class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"V({self.v}).__lt__")
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        print(f"V({self.v}).__gt__")
        if isinstance(other, V):
            return self.v > other.v
        return NotImplemented


a, b = V(1), V(2)
print(a < b)
print(a > b)
print(1 < a if False else "skip")
try:
    print(a <= b)
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 > a
except TypeError as e:
    print("TypeError:", e)
a >= b
