len = 3
def f():
    return len, print, eval
def g(print):
    def h():
        return print
    return h
def dele():
    global d
    del d
class C:
    print = 1
    def m(self):
        return print
