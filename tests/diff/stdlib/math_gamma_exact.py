import math
for x in [1.0, 2.0, 3.0, 4.0, 5.0, 10.0, 15.0, 20.0, 23.0, 1, 7]:
    print(x, math.gamma(x))
print(math.lgamma(1.0), math.lgamma(2), math.lgamma(1))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.isnan(math.gamma(math.nan)))
for x in [0.0, -1.0, -2.0, -math.inf]:
    try:
        print(math.gamma(x))
    except ValueError as e:
        print('gamma', x, e)
for x in [0.0, -1.0, -3.0]:
    try:
        print(math.lgamma(x))
    except ValueError as e:
        print('lgamma', x, e)
math.gamma(172.0)
