class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
def g():
    while True:
        try:
            yield
        except MyErr as e:
            print("MyErr", e.code, e)
it = g()
next(it)
it.throw(MyErr(3))
it.throw(MyErr(7))
try:
    it.throw(MyErr)
except TypeError as e:
    print("TypeError", e)
