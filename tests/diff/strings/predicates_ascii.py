tests = ["", "abc", "ABC", "Abc", "abc123", "123", "1.5", " ", "\t\n", "a b", "Hello World", "Hello world", "_x", "x1", "1x",
         "if", "a\n", "~!@", "\x7f", "A1", "HELLO WORLD 2"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
