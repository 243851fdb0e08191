counter = 0
name = "global name"


class A:
    global counter
    counter += 1
    name = "class name"
    seen = name
    upper = name.upper()

    def method(self):
        return name


print(counter, A.name, A.seen, A.upper)
print(A().method())


class B:
    len = lambda self: "shadowed len"

    def size(self):
        return len([1, 2, 3])


print(B().size(), B().len())


def outer():
    x = "enclosing"

    class C:
        y = x
        x = "class-local"
        z = x

    return C


C = outer()
print(C.y, C.z, C.x)
