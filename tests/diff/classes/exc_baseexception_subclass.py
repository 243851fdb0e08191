class Stop(BaseException):
    pass


def work():
    try:
        raise Stop("halt")
    except Exception:
        print("Exception does not catch BaseException subclasses")


try:
    work()
except Stop as e:
    print("caught Stop:", e)
print(issubclass(Stop, Exception), issubclass(Stop, BaseException))


class MyExit(SystemExit):
    pass


try:
    raise MyExit(3)
except SystemExit as e:
    print("code", e.code)
raise Stop("uncaught base")
