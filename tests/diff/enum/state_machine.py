from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    def next(self):
        order = list(State)
        i = order.index(self)
        return order[min(i + 1, len(order) - 1)]
s = State.IDLE
seen = []
for _ in range(4):
    seen.append(s.name)
    s = s.next()
print(seen, s)
transitions = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE]}
print(transitions[State.RUNNING], State.DONE in transitions)
