# format() of a class object uses type.__format__ (looked up on the metaclass),
# not the class's own __format__ meant for its instances.
class A:
    def __format__(self, spec):
        return 'instance:' + spec
print(format(A()), format(A(), 'x'))
print(format(A), f'{A}', '{}'.format(A), f'{int}', f'{list!s:>20}')
class Meta(type):
    def __format__(cls, spec):
        return 'meta:' + cls.__name__ + spec
class B(metaclass=Meta):
    def __format__(self, spec):
        return 'b-instance'
print(format(B, '!'), f'{B}', format(B()))
try:
    format(A, 'x')
except TypeError as e:
    print(e)
print(f'{type(3)} {type(None)}')
