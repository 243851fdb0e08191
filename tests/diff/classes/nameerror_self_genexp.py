# A generator expression is a frame of its own whose locals do not include
# the method's `self`: the close global name is suggested, not 'self.limit'.
limit2 = 5


class A:
    limit = 10

    def total(self):
        return sum(limit for _ in range(2))


A().total()
