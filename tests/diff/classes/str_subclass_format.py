class Label(str):
    pass


class Shout(str):
    def __str__(self):
        return self.upper()

    def __format__(self, spec):
        return "!" + format(str(self), spec)


l = Label("abc")
print(f"{l:>5}|", format(l, "^7"), "%s" % l, str(l), type(str(l)).__name__)
s = Shout("hey")
print(s, str(s), f"{s}", f"{s:>6}", "%s" % s, "{}".format(s))
print(s + "!", repr(s), [s])
