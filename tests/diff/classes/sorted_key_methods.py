class Employee:
    def __init__(self, name, salary, dept):
        self.name, self.salary, self.dept = name, salary, dept

    def key(self):
        return (self.dept, -self.salary)

    def __repr__(self):
        return self.name


staff = [Employee("ann", 100, "eng"), Employee("bob", 90, "ops"), Employee("cy", 120, "eng"), Employee("di", 90, "eng")]
print(sorted(staff, key=Employee.key))
print(sorted(staff, key=lambda e: e.salary))
print(max(staff, key=lambda e: e.salary), min(staff, key=Employee.key))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
print(by_dept)
try:
    sorted(staff)
except TypeError as e:
    print("TypeError:", e)
