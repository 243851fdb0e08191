key = lambda s: s["name"]
people = [{"name": "a"}, {"nom": "b"}]
print(sorted(people, key=key))
