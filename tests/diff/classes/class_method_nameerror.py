class A:
    limit = 10

    def ok(self):
        return self.limit

    def bad(self):
        return limit


a = A()
print(a.ok())
a.bad()
