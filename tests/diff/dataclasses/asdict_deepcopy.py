from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Holder:
    data: list
    nested: dict
h = Holder([[1, 2], [3]], {'a': {'b': [4]}})
d = asdict(h)
d['data'][0].append(99)
d['nested']['a']['b'].append(5)
print(h, d)
t = astuple(h)
t[0][1].append(7)
print(h.data, t)
class Plain:
    def __init__(self, v):
        self.v = v
@dataclass
class W:
    p: object
w = W(Plain([1]))
dw = asdict(w)
print(dw['p'] is w.p, dw['p'].v, dw['p'].v is w.p.v)
