from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
for t in ('list', 'dict', 'set'):
    try:
        if t == 'list':
            @dataclass
            class A:
                x: list = []
        elif t == 'dict':
            @dataclass
            class A:
                x: dict = {}
        else:
            @dataclass
            class A:
                y: int = 0
                x: set = set()
    except ValueError as e:
        print(type(e).__name__, e)
@dataclass
class Tup:
    x: tuple = ()
    f: frozenset = frozenset()
print(Tup())
