# printf-style str formatting reached through operator.mod only.
import operator

print(operator.mod("%s+%s", (1, 2)))
print(operator.imod("<%s>", "z"))
print(operator.mod(7, 3))
