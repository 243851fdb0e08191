import math
import math as m
from math import sqrt, pi as PI
import itertools, operator
print(math.sqrt(16.0), m.floor(2.5), sqrt(2.0), PI)
print(math is m, type(math).__name__)
print(math.__name__, operator.__name__, itertools.__name__)
import sys
print('math' in sys.builtin_module_names or True)
