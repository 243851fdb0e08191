def g(name):
    print("start", name)
    try:
        for i in range(3):
            try:
                yield name, i
            finally:
                print("inner finally", name, i)
    finally:
        print("outer finally", name)
for v in g("a"):
    print(v)
    if v[1] == 1:
        break
print("after loop")
x = g("b")
next(x)
x.close()
print("end")
