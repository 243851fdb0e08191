import math
def f():
    return math.floor(2.5)
print(f())
math = None
try:
    f()
except AttributeError as e:
    print(e)
import math
print(f(), math.ceil(2.5))
import math as m2
print(m2 is math)
