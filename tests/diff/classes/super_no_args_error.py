class A:
    def m(self):
        def inner():
            return super()

        return inner

    @staticmethod
    def s():
        return super()


try:
    A.s()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    A().m()()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
super()
