# The "Did you mean" hint lists the object's attributes in order (as dir()
# does) in a program that never reaches the optional list method.
class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2


p = Point()
print(p.xcoord, p.ycoord)
p.xcord
