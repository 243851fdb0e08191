# A near miss of the power dunders of int gets CPython's suggestion though
# the program never raises to a power.
n = 5
print(n + 1)
print(n.__ppow__)
