# SyntaxWarning: invalid escape sequences in str, bytes and f-string literals.
s = "\d+\q"
b = b"\w"
r = r"\d" + rb"\z".decode()
x = 5
fs = f"\d{x}\{x}"
t = """
line\s
"""
o = "\777"
print(s, b, r, fs, t.strip(), len(o))
print("ok\n" "\z")
