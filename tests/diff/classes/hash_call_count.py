class K:
    hashes = 0
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        K.hashes += 1
        return hash(self.v)

    def __eq__(self, o):
        K.eqs += 1
        return isinstance(o, K) and self.v == o.v


d = {}
d[K(1)] = "a"
print("after insert", K.hashes)
print(d[K(1)], "after lookup", K.hashes, K.eqs)
s = {K(2)}
print(K(2) in s, K.hashes)
k = K(3)
d[k] = "b"
print(d[k], K.hashes)
