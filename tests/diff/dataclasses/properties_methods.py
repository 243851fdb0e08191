from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Temp:
    celsius: float
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def unit():
        return 'C'
t = Temp.from_f(212)
print(t, t.fahrenheit, Temp.unit(), [f.name for f in fields(t)])
