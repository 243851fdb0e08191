class A:
    def hello(self):
        return "hello"


a = A()
print(a.hello())


def new_hello(self):
    return "patched " + type(self).__name__


A.hello = new_hello
print(a.hello())
A.extra = lambda self, n: n * 3
print(a.extra(4))


def inst_fn(n):
    return n + 1


a.fn = inst_fn
print(a.fn(1))
print(A.hello is new_hello, a.fn is inst_fn)
b = A()
print(hasattr(b, "fn"))
