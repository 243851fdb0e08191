def f():
    continue
break
