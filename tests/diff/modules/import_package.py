import _geom
print(_geom.add((1, 2), (3, 4)), _geom.VERSION)
import _geom.shapes
print(_geom.shapes.shifted_square(2, (10, 10)))
from _geom.shapes import area
print(area.square_area(5), area.moved((1, 1)))
from _geom.shapes.area import square_points as sp
print(sp(1))
import _geom.vectors as vec
print(vec.scale((1, 2), 3), vec is _geom.vectors)
