class AppError(Exception):
    pass


class NotFound(AppError):
    pass


def find(k):
    if k != "ok":
        raise NotFound("no such key: " + k)
    return 1


try:
    find("x")
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
print([k.__name__ for k in NotFound.__mro__])
try:
    raise NotFound
except NotFound as e:
    print("bare class raise:", repr(e), e.args)
find("y")
