# "Did you mean: 'self.x'?" on a NameError raised in a function with a local
# `self`: it wins over close global names and comes before "Or did you forget
# to import"; str(e), args and name do not include it. Inlined comprehensions
# run in the method's frame; generator expressions, lambdas and nested
# functions are frames of their own (no hint there).
limit2 = 5


class A:
    limit = 10
    string = 1

    def __init__(self):
        self.inst = 1

    def direct(self):
        return limit

    def via_local(s):
        self = s
        return inst

    def in_genexp(self):
        return list(limit for _ in range(1))

    def in_lambda(self):
        return (lambda: limit)()

    def in_nested(self):
        def inner():
            return self and limit
        return inner()

    def no_attr(self):
        return limt

    def in_listcomp(self):
        return [string for _ in range(1)]


def free_function(self):
    return upper


for name in ('direct', 'via_local', 'in_genexp', 'in_lambda', 'in_nested', 'no_attr'):
    try:
        getattr(A(), name)()
    except NameError as e:
        print(name, str(e), e.args, e.name)
try:
    free_function("text")
except NameError as e:
    print(str(e), e.name)
A().in_listcomp()
