def risky(n):
    if n % 2:
        raise ValueError(n)
    return n
for i in range(4):
    try:
        try:
            print("ok", risky(i))
        except ValueError:
            print("re-raising", i)
            raise
    except ValueError as e:
        print("outer got", e.args)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
