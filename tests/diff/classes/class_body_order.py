print("before")


class A:
    print("body start")
    x = 1
    print("x is", x)
    y = x + 1
    if y > 1:
        z = "big"
    else:
        z = "small"
    for i in range(3):
        print("loop", i)
    del i
    print("body end")


print("after")
print(A.x, A.y, A.z)
print(hasattr(A, "i"))
