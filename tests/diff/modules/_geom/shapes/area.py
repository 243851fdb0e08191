from .. import vectors
def square_points(side):
    return [(0, 0), (side, 0), (side, side), (0, side)]
def square_area(side):
    return side * side
def moved(p):
    return vectors.scale(p, 2)
