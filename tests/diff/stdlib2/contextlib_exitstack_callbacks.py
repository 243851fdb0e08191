from contextlib import ExitStack
order = []
with ExitStack() as st:
    for i in range(5):
        st.callback(order.append, i)
    st.callback(lambda **kw: order.append(kw), key="v")
print(order)
def cleanup(*args, **kwargs):
    print("cleanup", args, sorted(kwargs.items()))
with ExitStack() as st:
    st.callback(cleanup, 1, 2, x=3)
    st.callback(cleanup)
st = ExitStack()
with st:
    st.callback(print, "first stack")
    moved = st.pop_all()
print("after with")
moved.close()
moved.close()
with ExitStack() as outer:
    with ExitStack() as inner:
        inner.callback(print, "inner cb")
        outer.callback(print, "outer cb")
    print("between")
