def f(x):
    match x:
        case [a]:
            pass
        case _:
            pass
    return a


print(f([1]))
f(5)
