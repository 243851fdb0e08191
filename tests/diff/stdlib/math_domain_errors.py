import math
cases = [('sqrt', -1.0), ('acos', 2.0), ('asin', -2.0), ('acosh', 0.5), ('atanh', 1.0), ('atanh', -1.0),
         ('sin', math.inf), ('cos', -math.inf), ('tan', math.inf), ('gamma', 0.0), ('gamma', -1.0),
         ('lgamma', -2.0), ('log1p', -2.0)]
for name, x in cases:
    try:
        print(name, getattr(math, name)(x))
    except ValueError as e:
        print(name, 'ValueError', e)
math.sqrt(-0.5)
