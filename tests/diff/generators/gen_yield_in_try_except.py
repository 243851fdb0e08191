def g():
    for x in [1, 0, 2, "a", 4]:
        try:
            yield 10 / x
        except ZeroDivisionError as e:
            yield "zde: " + str(e)
        except TypeError:
            yield "type error"
        else:
            yield "ok"
        finally:
            yield "fin"
print(list(g()))
