int.x = 1
str.upper = None
def f():
    list.append = len
