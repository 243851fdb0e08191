for op in [lambda: (1).nope, lambda: "s".nope, lambda: [].nope, lambda: None.nope,
           lambda: {}.nope, lambda: (1.5).nope, lambda: len.nope, lambda: (lambda: 0).nope]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
x = [1]
try:
    x.append = 5
except AttributeError as e:
    print("AttributeError:", e)
def f():
    pass
f.custom = 7
print(f.custom)
