import textwrap
print(repr(textwrap.dedent("  a\n    b\n \n  c\n")))
print(repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.dedent("   x\n   y  \n\n")))
print(repr(textwrap.dedent("    hello\n  \t\n      world\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("\t\ta\n\t\tb\n\tc")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("   \n   ")))
def f():
    s = """
        line one
          line two
        line three
    """
    return textwrap.dedent(s)
print(f())
