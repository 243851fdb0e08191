import math, operator
f = getattr(math, 'sqrt')
print(f(9))
print(getattr(math, 'missing', 'default'))
print(hasattr(operator, 'itemgetter'), hasattr(operator, 'nope'))
print(repr(math.sqrt), repr(operator.add), repr(operator.__add__))
