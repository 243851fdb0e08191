from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass(order=True, frozen=True)
class A:
    x: int
p = A.__dataclass_params__
print(p.init, p.repr, p.eq, p.order, p.unsafe_hash, p.frozen)
print(type(p).__name__)
