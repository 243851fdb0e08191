class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __contains__(self, sub):
        return sub.lower() in self.lower()

    def __repr__(self):
        return "CI" + super().__repr__()


a = Caseless("Hello")
print(a == "HELLO", "hello" == a, a != "x")
print("ELL" in a, "z" in a)
print(repr(a), [a], str(a))
print({a: 1}.get(Caseless("HELLO")))
print(a.replace("l", "L"), type(a.replace("l", "L")).__name__)
print("%s and %r" % (a, a))
