from ..vectors import add
from . import area
def shifted_square(side, offset):
    return [add(p, offset) for p in area.square_points(side)]
