class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is None)
        return False


with Ctx("a") as v:
    print("body", v)
with Ctx("b"):
    print("no as")


def f():
    with Ctx("c") as v:
        return v + "!"


print(f())
for i in range(3):
    with Ctx("loop" + str(i)):
        if i == 1:
            break
print("done")
