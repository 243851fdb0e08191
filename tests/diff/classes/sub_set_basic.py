class TagSet(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self

    def __repr__(self):
        return "TagSet(" + ", ".join(sorted(self)) + ")"


t = TagSet(["b", "a"])
t.add_all("c", "a")
print(t, len(t), "a" in t, type(t).__name__)
u = t | {"z"}
print(sorted(u), type(u).__name__)
print(sorted(t & {"a", "q"}), t == {"a", "b", "c"}, t <= {"a", "b", "c", "d"})
t.discard("b")
print(t)
print(isinstance(t, set), TagSet() == set())
t2 = TagSet()
t2 |= {"m"}
print(t2, type(t2).__name__)
print(sorted(frozenset(t)))
