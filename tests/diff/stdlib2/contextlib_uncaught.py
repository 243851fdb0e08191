from contextlib import ExitStack, suppress
with suppress(KeyError):
    {}[1]
with ExitStack() as st:
    st.callback(print, "cleanup runs first")
    raise RuntimeError("escapes the stack")
