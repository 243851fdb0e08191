print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
def g():
    try:
        yield
    except Exception:
        print("not caught by Exception")
    finally:
        print("finally")
it = g()
next(it)
it.close()
