class K:
    NAME = "name"
    AGE = "age"


def f(d):
    match d:
        case {K.NAME: n, K.AGE: a}:
            return f"{n} is {a}"
        case {1: one, None: nothing, "t": t}:
            return ("literal keys", one, nothing, t)
        case {"nested": {"deep": [x, *_]}}:
            return ("deep", x)
        case _:
            return "no match"


print(f({"name": "ann", "age": 30}))
print(f({1: "a", None: "b", "t": "c"}))
print(f({"nested": {"deep": [7, 8, 9]}}))
print(f({"nested": {"deep": []}}))
print(f({"name": "x"}))
