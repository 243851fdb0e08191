class State:
    name = "base"

    def next(self, event):
        raise ValueError(f"{self.name}: unexpected event {event!r}")

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"

    def next(self, event):
        if event == "start":
            return Running()
        return super().next(event)


class Running(State):
    name = "running"

    def next(self, event):
        if event == "pause":
            return Paused()
        if event == "stop":
            return Idle()
        return super().next(event)


class Paused(State):
    name = "paused"

    def next(self, event):
        return Running() if event == "resume" else super().next(event)


s = Idle()
for ev in ["start", "pause", "resume", "stop", "start"]:
    s = s.next(ev)
    print(ev, "->", s)
s.next("resume")
