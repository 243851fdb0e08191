def trial(kind):
    events = []
    try:
        events.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "type":
            raise TypeError("t")
        if kind == "return":
            return events
    except ValueError:
        events.append("except value")
    else:
        events.append("else")
    finally:
        events.append("finally")
    events.append("after")
    return events
for kind in ["none", "value", "return"]:
    print(kind, trial(kind))
try:
    trial("type")
except TypeError as e:
    print("escaped", e)
