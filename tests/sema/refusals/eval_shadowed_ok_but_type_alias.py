def eval(s):
    return s
print(eval("1"))
type Alias = int
