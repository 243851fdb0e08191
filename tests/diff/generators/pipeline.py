def read(lines):
    for line in lines:
        yield line.strip()

def nonblank(lines):
    for l in lines:
        if l:
            yield l

def numbers(lines):
    for l in lines:
        yield int(l)

def running(nums):
    total = 0
    for n in nums:
        total += n
        yield total

data = [" 1", "2 ", "", "  ", "3", "10"]
print(list(running(numbers(nonblank(read(data))))))
print(sum(numbers(nonblank(read(data)))))
