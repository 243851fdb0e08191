# Checking self's attribute runs its property: an error other than
# AttributeError drops every suggestion; an AttributeError means "no such
# attribute" and the usual candidates follow.
limit2 = 5


class A:
    @property
    def limit3(self):
        return 1 / 0

    @property
    def limit(self):
        raise AttributeError("computed")

    def uses_limit(self):
        return limit

    def uses_limit3(self):
        return limit3


try:
    A().uses_limit()
except NameError as e:
    print(str(e))
A().uses_limit3()
