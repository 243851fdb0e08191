class Plain:
    def __str__(self):
        return "plain!"


p = Plain()
print(format(p))
print(format(p, ""))
print(f"{p}|{p!r:.7}")
print("{0}".format(p))
try:
    format(p, ">10")
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
f"{p:x}"
