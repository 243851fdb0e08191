# A property that raises AttributeError is no attribute: the close global
# name is suggested instead of self's.
limit2 = 5


class A:
    @property
    def limit(self):
        raise AttributeError("computed")

    def uses_limit(self):
        return limit


A().uses_limit()
