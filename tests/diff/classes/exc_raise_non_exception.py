class NotAnError:
    pass


try:
    raise NotAnError()
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotAnError
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except NotAnError:
        print("never")
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from NotAnError()
except TypeError as e:
    print("TypeError:", e)
raise NotAnError
