from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Address:
    city: str
    zip: str = '00000'
@dataclass
class Person:
    name: str
    address: Address
    friends: list = field(default_factory=list)
a = Person('ann', Address('Oslo'))
b = Person('bob', Address('Rome', '12345'), [a])
print(b)
print(asdict(b))
print(astuple(b))
print(b == Person('bob', Address('Rome', '12345'), [Person('ann', Address('Oslo'))]))
