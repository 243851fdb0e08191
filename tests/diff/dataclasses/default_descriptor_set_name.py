from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
    def __get__(self, obj, cls):
        return 'got'
@dataclass
class A:
    x: int = 3
    d = D()
print(A(), A().d)
