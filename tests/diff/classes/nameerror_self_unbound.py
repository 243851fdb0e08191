# A local `self` that is not bound yet when the NameError is raised: CPython
# 3.12 then offers no "Did you mean" at all (not even the close global name).
limit2 = 5


class A:
    limit = 10

    def early(s):
        r = limit
        self = s
        return r


try:
    A().early()
except NameError as e:
    print(str(e))
A().early()
