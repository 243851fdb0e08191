class A:
    @property
    def documented(self):
        """Getter docstring."""
        return 1

    undocumented = property(lambda self: 2)
    explicit = property(lambda self: 3, doc="explicit doc")


print(A.documented.__doc__)
print(A.undocumented.__doc__)
print(A.explicit.__doc__)
print(A().documented, A().undocumented, A().explicit)
p = property()
print(p.fget, p.fset, p.fdel)
q = p.getter(lambda self: "late getter")
print(q is p, q.fget is not None)


class B:
    late = q


print(B().late)
print(isinstance(A.documented, property))
