def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! Ça va?"
enc = shift(msg, 3)
print(enc, shift(enc, -3), shift(enc, -3) == msg)
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print(msg.lower().translate(table), msg.lower().translate(table).translate(table))
