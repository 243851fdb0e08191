from contextlib import ExitStack
def bad1(*a):
    raise KeyError("k1")
def bad2(*a):
    raise TypeError("t2")
try:
    with ExitStack() as st:
        st.push(bad1)
        st.push(bad2)
        raise ValueError("v")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, type(e.__context__.__context__).__name__, e.__context__.__context__.__context__)
def ok(*a):
    print("ok called with", a[0])
    return True
try:
    with ExitStack() as st:
        st.push(ok)
        st.push(bad2)
    print("ok suppressed the TypeError")
except TypeError:
    print("TypeError escaped")
with ExitStack() as st:
    r = st.callback(lambda: print("cb ran"))
    print(callable(r))
