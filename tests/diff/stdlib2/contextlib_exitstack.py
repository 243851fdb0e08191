from contextlib import ExitStack
class CM:
    def __init__(self, n, sup=False):
        self.n = n
        self.sup = sup
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None, v)
        return self.sup
with ExitStack() as st:
    for i in range(3):
        print(st.enter_context(CM(i)))
    st.callback(print, "cb", 1, end="!\n")
    st.push(lambda *a: print("pushed", a[0]))
try:
    with ExitStack() as st:
        st.enter_context(CM(1))
        st.enter_context(CM(2, True))
        st.enter_context(CM(3))
        raise ValueError("boom")
    print("suppressed")
except ValueError:
    print("not suppressed")
st = ExitStack()
st.callback(print, "later")
st2 = st.pop_all()
st.close()
print("x")
st2.close()
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(e)
