from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(unsafe_hash=True)
class A:
    x: int
    y: str = 'a'
print(hash(A(1)) == hash((1, 'a')), len({A(1), A(1), A(2)}))
try:
    @dataclass(unsafe_hash=True)
    class B:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(e)
@dataclass
class C:
    x: int
    def __hash__(self):
        return 42
print(hash(C(3)))
@dataclass(frozen=True, eq=False)
class D:
    x: int
print(D.__hash__ is object.__hash__)
