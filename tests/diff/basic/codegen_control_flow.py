# try/finally interplay with return, break and continue; with statements.
def f1():
    try:
        return "try"
    finally:
        print("finally f1")


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


def f3():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out


def f4():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
    try:
        e
    except NameError as ne:
        print("unbound after except:", ne)


def f5(n):
    while True:
        try:
            n -= 1
            if n < 0:
                return "done"
        except Exception:
            pass
        finally:
            print("tick", n)


class_like = None



def f6():
    log = []

    def mk(name, suppress):
        class_like = (name, suppress)
        return class_like

    return log, mk("a", True)


print(f1())
print(f2())
print(f3())
f4()
print(f5(2))
print(f6())
for x in [1, 2, 3]:
    try:
        if x == 2:
            raise KeyError(x)
    except KeyError as k:
        print("key", k)
    else:
        print("no error", x)
    finally:
        print("cleanup", x)
