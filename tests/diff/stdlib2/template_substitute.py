from string import Template
t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": 3}))
print(t.substitute({"who": "ann", "what": 3}, what="override"))
print(Template("${noun}ification and $$5 and ${a}b").substitute(noun="class", a="A"))
print(Template("$x$y").substitute(x=1, y=[2]))
print(Template("no placeholders").substitute())
print(t.template)
