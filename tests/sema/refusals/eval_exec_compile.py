x = eval("1")
exec("y = 2")
c = compile("1", "f", "eval")
def f():
    return eval
