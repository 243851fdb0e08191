from collections import OrderedDict, defaultdict
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
for thunk in [lambda: od.move_to_end("zz"), lambda: OrderedDict().popitem(), lambda: od.pop("nope")]:
    try:
        print(thunk())
    except KeyError as e:
        print(type(e).__name__, e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), repr(OrderedDict(a=1)))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd.default_factory, "z" in dd, dd.get("z"), len(dd))
nd = defaultdict()
try:
    nd["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(int, {"a": 1})))
