class Quiet(Exception):
    def __str__(self):
        return ""


print("before", repr(Quiet("hidden")), "[" + str(Quiet("x")) + "]")
try:
    raise Quiet("caught")
except Quiet as e:
    print("caught", e.args)
raise Quiet("hidden")
