from string import Template
print(Template("$a").substitute(a=1))
Template("hello $name").substitute(other=1)
