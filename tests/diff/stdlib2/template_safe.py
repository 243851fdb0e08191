from string import Template
for s in ["$", "a $ b", "${1}", "${abc", "$who and $missing", "$$a ${who}x", "${who"]:
    print(repr(Template(s).safe_substitute(who="W")))
print(Template("$a $b").safe_substitute({"a": 1}, b=2))
