from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
@dataclass
class Shape:
    name: str
    def area(self):
        return 0
    def describe(self):
        return f'{self.name} with area {self.area()}'
@dataclass
class Sq(Shape):
    side: float = 1.0
    def area(self):
        return self.side ** 2
shapes = [Shape('blob'), Sq('sq', 3)]
for s in shapes:
    print(s, s.describe())
print(Sq('a') == Shape('a'), Sq('a') == Sq('a'))
