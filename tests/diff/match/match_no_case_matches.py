def f(x):
    match x:
        case 1:
            return "one"
        case 2:
            return "two"
    return "fell through"


print(f(1), f(2), f(3))
for i in range(4):
    match i:
        case 0:
            continue
        case 2:
            break
    print("loop", i)
print("done")
