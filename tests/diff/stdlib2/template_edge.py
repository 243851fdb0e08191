from string import Template
print(Template("$$").substitute(), Template("$$$a").substitute(a=1), Template("${a}${a}").substitute(a="x"))
print(Template("$a_b $a").substitute(a=1, a_b=2))
print(Template("$A $a").substitute(A="up", a="low"))
print(Template("${_x9} $é").safe_substitute(_x9="u"))
print(Template("price: $$${amount}").substitute(amount="3.50"))
try:
    Template("$a").substitute({})
except KeyError as e:
    print("KeyError", e)
try:
    Template("x\ny\n  $").substitute()
except ValueError as e:
    print(e)
t = Template("$x")
print(t.substitute(x=None), t.substitute(x=3.5), t.substitute({"x": [1]}))
