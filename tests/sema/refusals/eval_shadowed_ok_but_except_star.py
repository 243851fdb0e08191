def eval(s):
    return s
print(eval("1"))
try:
    pass
except* ValueError:
    pass
