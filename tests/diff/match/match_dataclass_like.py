class User:
    __match_args__ = ("name", "role")

    def __init__(self, name, role, active=True):
        self.name = name
        self.role = role
        self.active = active


def access(u):
    match u:
        case User(_, "admin", active=True):
            return "full"
        case User(name, "admin"):
            return f"{name}: inactive admin"
        case User(role="guest" | "anon"):
            return "read-only"
        case User(name=str(n)) if n.startswith("x"):
            return "suspicious"
        case User():
            return "standard"


for u in [User("a", "admin"), User("b", "admin", False), User("c", "guest"), User("xz", "dev"), User("d", "dev")]:
    print(access(u))
