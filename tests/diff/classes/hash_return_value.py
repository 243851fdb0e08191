# A user __hash__ result that fits a machine word is the hash itself;
# -1 becomes -2 and larger ints are reduced as int hashes are.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [0, 1, -1, -2, 2**40, -6644214454873602895, 2**61, 2**63 - 1, 2**63, -2**63, 2**100, True]:
    print(v, hash(H(v)))
class T:
    def __hash__(self):
        return hash((1, 'q'))
print(hash(T()) == hash((1, 'q')))
class Bad:
    def __hash__(self):
        return 'x'
try:
    hash(Bad())
except TypeError as e:
    print(e)
