def tokens(s):
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield ("NUM", int(num))
            num = ""
        if ch in "+-*/()":
            yield ("OP", ch)
        elif ch != " ":
            yield ("ERR", ch)
    if num:
        yield ("NUM", int(num))

print(list(tokens("12 + 3*(45-6) / x")))
