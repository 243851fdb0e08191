def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"


print(handle({"type": "click", "x": 1, "y": 2}))
print(handle({"type": "click", "x": 1}))
print(handle({"type": "key", "key": "q", "extra": True}))
print(handle({"type": "scroll"}))
print(handle({}))
print(handle({"other": 1}))
print(handle([("type", "click")]))
