def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([a, *_]):
            return f"list starting with {a}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict(d):
            return f"dict with {sorted(d)}"
        case set() | frozenset():
            return "some set"
        case _:
            return "other"


for v in [True, -3, 7, 2.5, "s", b"b", [9, 8], [], (1, 2), {"k": 1}, {1}, frozenset(), None]:
    print(kind(v))
