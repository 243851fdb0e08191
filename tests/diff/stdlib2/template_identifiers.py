from string import Template
print(Template("$a ${b} $a $$c $_d9").get_identifiers())
print(Template("$a ${b} $$ $1").is_valid(), Template("$a ${b}").is_valid())
class Pct(Template):
    delimiter = "%"
print(Pct("%x is %{y}%%").substitute(x=1, y=2))
print(Pct("%x and $y").safe_substitute(x=5))
