print("sum:", sum(["a", "b"]))
