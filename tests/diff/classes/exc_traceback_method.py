class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.item(t) for t in self.text.split(",")]

    def item(self, t):
        if not t.isdigit():
            raise ValueError(f"not a number: {t!r}")
        return int(t)


print(Parser("1,2,3").parse())
Parser("4,x,6").parse()
