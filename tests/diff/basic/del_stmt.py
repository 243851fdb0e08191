x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
