class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if not isinstance(other, Mat):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Mat([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        print("in-place")
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return f"Mat({self.rows})"


a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
a @= b
print(a)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)
a @ 3
