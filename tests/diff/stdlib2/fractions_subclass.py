from fractions import Fraction as F
import math
import copy
class G(F):
    pass
g = G(1, 3)
print(repr(g), repr(g + 1), type(g + 1).__name__, repr(G.from_float(0.25)), type(G.from_float(0.25)).__name__)
print(copy.copy(F(1,2)), copy.deepcopy(g), type(copy.copy(g)).__name__)
x = F(3, 4)
print(copy.copy(x) is x, copy.deepcopy(x) is x)
print(isinstance(g, F), g == F(1, 3), hash(g) == hash(F(1, 3)))
d = {F(1, 2): "half", F(1, 3): "third"}
print(d[F(2, 4)], d.get(0.5), sorted(d))
