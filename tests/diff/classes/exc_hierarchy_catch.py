class Base(Exception):
    pass


class A(Base):
    pass


class B(Base):
    pass


class AB(A, B):
    pass


def raiser(cls):
    raise cls(cls.__name__)


for cls in (A, B, AB, Base):
    try:
        raiser(cls)
    except AB as e:
        print("caught as AB:", e)
    except (B, KeyError) as e:
        print("caught as B:", e)
    except A as e:
        print("caught as A:", e)
    except Base as e:
        print("caught as Base:", e)
try:
    raiser(AB)
except Exception as e:
    print(isinstance(e, A), isinstance(e, B), type(e).__mro__[1].__name__)
