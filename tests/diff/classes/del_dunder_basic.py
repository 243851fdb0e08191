class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Res("a")
del r
print("after del")
r2 = Res("b")
r2 = Res("c")
print("after rebind")
alias = r2
del r2
print("alias still alive")
alias = None
print("end")
