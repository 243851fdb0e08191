class A:
    pass


for name, op in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        op(A())
    except TypeError as e:
        print(name, "TypeError:", e)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
~A()
