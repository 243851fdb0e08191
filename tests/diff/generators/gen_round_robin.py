def task(name, n):
    for i in range(n):
        print(name, "step", i)
        yield
def scheduler(tasks):
    while tasks:
        t = tasks.pop(0)
        try:
            next(t)
            tasks.append(t)
        except StopIteration:
            print("done")
scheduler([task("A", 2), task("B", 3), task("C", 1)])
