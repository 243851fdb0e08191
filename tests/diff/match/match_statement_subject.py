def tokens():
    return ["cmd", "arg1", "arg2"]


match tokens():
    case ["cmd", *args]:
        print("args:", args)

match 1, 2:
    case (1, y):
        print("tuple subject, y =", y)

match x := [3, 4]:
    case [3, _]:
        print("walrus subject", x)

match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")

match {"a": 1}.get("a"):
    case 1:
        print("call subject")
