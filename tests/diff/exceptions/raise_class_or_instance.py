for thing in [ValueError, ValueError("inst"), KeyError]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception so except clause type not checked")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
