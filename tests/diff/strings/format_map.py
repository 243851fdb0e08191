d = {"name": "Ann", "n": 3, "x": [1, 2]}
print("{name} has {n} items: {x[1]}".format_map(d))
print("{name!r:>10}".format_map(d), "{}".format_map({}) if False else "skip")
for fmt in ["{missing}", "{0}", "{}", "{name.upper}"[:6] + "}"]:
    try:
        print("{missing}".format_map(d) if fmt == "{missing}" else fmt.format_map(d))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("{a}".format_map([]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("{a}".format_map())
except TypeError as e:
    print(type(e).__name__, e)
