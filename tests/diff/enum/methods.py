from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
    def describe(self):
        return f'{self.name.title()} g={self.surface_gravity:.2f}'
for p in Planet:
    print(p, p.value, p.mass, p.describe())
print(Planet((5.976e+24, 6.37814e6)))
