class Version:
    def __init__(self, s):
        self.parts = tuple([int(p) for p in s.split(".")])

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(len(set(vs)))
a, b = Version("2.0"), Version("2.0.0")
print(a == b, a < b, a <= b, a > b, a >= b, a != b)
print(Version("1.0") < Version("1.1") < Version("2"))
