print("init _geom", __name__)
from .vectors import add, scale
VERSION = (1, 2)
