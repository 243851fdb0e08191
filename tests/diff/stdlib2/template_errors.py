from string import Template
cases = ["$", "a $ b", "${1}", "${abc", "x\n y $1", "ab\ncd\n$!", "$who and $missing", "${}"]
for s in cases:
    try:
        print(Template(s).substitute(who=1, abc=2))
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)
