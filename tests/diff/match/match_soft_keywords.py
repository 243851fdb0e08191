match = [1, 2]
case = "case"
_ = "underscore"
print(match, case, _)
match match:
    case [1, case]:
        print("matched with case bound to", case)
type = "shadow"
print(type)
del type
print(type(1).__name__)
