from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
print(type(MISSING).__name__, MISSING is MISSING)
f = field()
print(f.default is MISSING, f.default_factory is MISSING, f.kw_only is MISSING)
print(f.init, f.repr, f.hash, f.compare, len(f.metadata))
