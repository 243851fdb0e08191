class Team:
    def __init__(self, *names):
        self.names = list(names)

    def __iter__(self):
        return TeamIter(self)


class TeamIter:
    def __init__(self, team):
        self.team = team
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.team.names):
            raise StopIteration
        self.i += 1
        return self.team.names[self.i - 1]


t = Team("ann", "bob", "cy")
print(list(t), list(t))
for a in t:
    for b in t:
        if a < b:
            print(a, b)
it = iter(t)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(iter(it) is it)
