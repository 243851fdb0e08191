def f():
    return:
