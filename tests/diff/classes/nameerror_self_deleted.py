# `del self` leaves the local unbound: no suggestion at all; but "Did you
# forget to import" still follows a name of a standard-library module.
class A:
    string = 1

    def f(self):
        del self
        return string


A().f()
