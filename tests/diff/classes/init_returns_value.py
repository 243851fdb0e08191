class A:
    def __init__(self):
        self.x = 1
        return None


print(A().x)


class B:
    def __init__(self):
        return 5


try:
    B()
except TypeError as e:
    print("TypeError:", e)


class C:
    def __init__(self):
        return "s"


C()
