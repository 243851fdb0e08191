tests = ["hello", "HELLO", "Hello World", "hello world", "", "123", "mIxEd CaSe 42", "they're bill's friends", "a_b-c.d"]
for t in tests:
    print(repr(t), t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold())
