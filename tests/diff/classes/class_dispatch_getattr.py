class Calculator:
    def __init__(self):
        self.stack = []

    def do_push(self, v):
        self.stack.append(int(v))

    def do_add(self):
        self.stack.append(self.stack.pop() + self.stack.pop())

    def do_mul(self):
        self.stack.append(self.stack.pop() * self.stack.pop())

    def run(self, program):
        for line in program.split(";"):
            name, *args = line.split()
            method = getattr(self, "do_" + name, None)
            if method is None:
                raise ValueError("unknown instruction " + name)
            method(*args)
        return self.stack


print(Calculator().run("push 2; push 3; add; push 4; mul"))
print(sorted([n for n in dir(Calculator) if n.startswith("do_")]))
Calculator().run("push 1; pop")
