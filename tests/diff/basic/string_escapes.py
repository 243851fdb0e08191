print("tab\tnewline\\n quote\" apostrophe' bell-less \x41\u0042\U00000043 \101")
print(repr("a\nb"), repr("\t"), repr("\\"), repr("'"), repr("\"'"), repr("\x7f\x80\xff"))
print(r"raw \n string", len(r"\n"), b"bytes\x00\xff", repr(b"'\"")) 
s = """triple
quoted "string" with 'quotes'"""
print(s, s.count("\n"))
print("implicit" " concatenation", 'mixed' "quotes")
