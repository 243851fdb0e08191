def make_class(tag):
    class Tagged:
        kind = tag

        def describe(self):
            return "I am " + tag + " / " + self.kind

    return Tagged


A = make_class("a")
B = make_class("b")
print(A().describe(), B().describe())
print(A is B, A.__name__ == B.__name__)
print(A.__qualname__)


def counter_class():
    count = 0

    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count

    return C


C = counter_class()
c1, c2 = C(), C()
print(c1.bump(), c2.bump(), c1.bump())
