import string
class Bang(string.Template):
    delimiter = "!"
print(Bang("!a-!{b} !! !").safe_substitute(a=1, b=2))
try:
    Bang("!a !1").substitute(a=1)
except ValueError as e:
    print(e)
class Multi(string.Template):
    delimiter = "{{"
print(Multi("x={{x} {{{{").safe_substitute(x=1))
t = string.Template("$a")
print(t.template, type(t).__name__, string.Template.delimiter)
