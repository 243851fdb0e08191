def clean(s):
    out = ""
    for ch in s.lower():
        if ch.isalnum():
            out += ch
    return out
def is_pal(s):
    c = clean(s)
    return c == c[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "Was it a car or a cat I saw?", "été", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s), clean(s))
