import math
math.myvalue = 42
print(math.myvalue)
import math as again
print(again.myvalue)
del math.myvalue
print(hasattr(again, 'myvalue'))
