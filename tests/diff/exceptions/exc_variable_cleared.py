try:
    raise ValueError("v")
except ValueError as err:
    print(err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
e = "kept?"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    e
except NameError as ne:
    print("cleared:", ne)
