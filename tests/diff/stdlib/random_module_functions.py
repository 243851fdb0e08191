import random
random.seed(7)
print(random.random(), random.randint(1, 10), random.choice('abc'), random.uniform(0, 1), random.randrange(50))
l = [1, 2, 3, 4, 5]
random.shuffle(l)
print(l, random.sample(l, 2), random.choices(l, k=2), random.getrandbits(20), random.triangular())
print(random.gauss(), random.expovariate(2), random.betavariate(1, 2), random.gammavariate(3, 1))
print(random.lognormvariate(0, 0.5), random.paretovariate(2), random.weibullvariate(2, 3), random.vonmisesvariate(0, 1))
print(random.randbytes(4), random.normalvariate())
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random())
