def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))

def grep(pattern):
    print("looking for", pattern)
    while True:
        line = yield
        if pattern in line:
            print("match:", line)
gr = grep("py")
next(gr)
for l in ["python", "java", "pypy", "c"]:
    gr.send(l)
gr.close()
