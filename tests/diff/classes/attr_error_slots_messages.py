class P:
    __slots__ = ("x",)


p = P()
for action in ("get", "set", "del"):
    try:
        if action == "get":
            p.x
        elif action == "set":
            p.y = 1
        else:
            del p.x
    except AttributeError as e:
        print(action, "AttributeError:", e)
p.x = 3
print(p.x)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)


class Q:
    def __init__(self):
        self.value = 1


q = Q()
try:
    q.valeu
except AttributeError as e:
    print("AttributeError:", e)
try:
    Q.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del q.nothing
except AttributeError as e:
    print("AttributeError:", e)
