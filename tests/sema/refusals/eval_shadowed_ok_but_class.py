def eval(s):
    return s
print(eval("1"))
class C:
    pass
