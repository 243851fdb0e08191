# An AttributeError near-miss of the percent-formatting dunder of str gets
# CPython's suggestion though the program never uses the operator.
s = "abc"
print(s.upper() if False else s)
s.__rmood__
