# list's optional method (installed only when a program can reach it) is
# still suggested for a near-miss attribute name.
x = [3, 1, 2]
print(x)
x.sor()
