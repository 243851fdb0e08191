from collections import UserList, UserDict
u = UserList([5, 3, 8])
u.sort(reverse=True); print(u, u.data, len(u), u[0], u[-1])
u[1] = 0; del u[0]; print(u, sorted(u), max(u))
print(isinstance(u, UserList), u == UserList([0, 8]), u + UserList([1]))
class Count(UserDict):
    def __missing__(self, k):
        return 0
c = Count(); c['a'] = c['a'] + 1; print(c, c['b'], 'b' in c)
