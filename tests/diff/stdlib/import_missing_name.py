from math import sqrt
print(sqrt(4))
try:
    from math import nosuchthing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
from itertools import nosuchthing
