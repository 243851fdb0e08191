class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), len(s), type(s).__name__)
print(s.pop(), s)
print(s + [9], type(s + [9]).__name__)
print(s[:], type(s[:]).__name__)
print(isinstance(s, list), s == [1, 2], [1, 2] == s)
s.extend([7, 8])
s.sort(reverse=True)
print(s, sorted(s), list(reversed(s)))
s += [0]
print(s, type(s).__name__)
print(Stack([3, 1, 2]), Stack("ab"))
s.label = "L"
print(s.label)
