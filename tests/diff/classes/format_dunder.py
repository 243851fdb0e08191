class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        print("spec:", repr(spec))
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"

    def __str__(self):
        return "Temp"


t = Temp(21.5)
print(f"{t}")
print(f"{t:.1F}")
print(f"{t:>8.2f}|")
print(format(t, "F"))
print("{:.0f} and {}".format(t, t))
w = 6
print(f"{t:{w}.1f}")
print(str(t), f"{t!s}")
