people = [
    {"name": "Ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "Cid", "age": 31, "city": "Bern"},
    {"name": "dee", "age": 19, "city": "Oslo"},
    {"name": "Eve", "age": 25, "city": "Bern"},
]
for p in sorted(people, key=lambda p: p["age"]):
    print(p["name"], p["age"])
for p in sorted(people, key=lambda p: (p["city"], -p["age"])):
    print(p["city"], p["name"])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower(), reverse=True)])
print(sorted([p["name"] for p in people]))
print(min(people, key=lambda p: p["age"])["name"], max(people, key=lambda p: p["age"])["name"])
ages = {}
for p in people:
    ages.setdefault(p["age"], []).append(p["name"])
print(sorted(ages.items()))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 3, x)), sorted(nums, key=str))
nums.sort(key=lambda x: -x)
print(nums)
print(sorted(["b10", "a2", "b1", "a10"], key=lambda s: (s[0], int(s[1:]))))
