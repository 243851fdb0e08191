from collections import namedtuple
Emp = namedtuple('Emp', 'name dept salary')
rows = [Emp('ann', 'eng', 120), Emp('bob', 'ops', 90), Emp('cid', 'eng', 100)]
print(max(rows, key=lambda e: e.salary).name, sum(map(lambda e: e.salary, rows)))
print([e._replace(salary=e.salary + 10) for e in rows if e.dept == 'eng'])
print(Emp._make(['dan', 'hr', 50])._asdict())
d = {'name': 'eve', 'dept': 'x', 'salary': 1}
print(Emp(**d), Emp(*rows[0]))
print(rows[0].index('eng'), rows[0].count(120), 'ann' in rows[0])
a, *rest = rows[1]; print(a, rest)
print(tuple(rows[0]))
print(Emp.__bases__, Emp.__slots__ if hasattr(Emp, '__slots__') else None)
print(hash(Emp('a', 'b', 1)) == hash(('a', 'b', 1)), Emp('a', 'b', 1) == ('a', 'b', 1))
