data = {"users": [{"name": "ann", "tags": {"admin"}, "scores": (90, 85)},
                  {"name": "bob", "tags": set(), "scores": ()}],
        "count": 2, "meta": None}
print(data)
print(data["users"][0]["scores"][1], len(data["users"][1]["tags"]))
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
print([[[]]], [(), [{}]], ((1,),), repr([1, "a", 2.0, None, True]))
