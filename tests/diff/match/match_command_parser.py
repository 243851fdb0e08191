def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", *items] if items:
            return "picking up " + ", ".join(items)
        case ["drop", item]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for c in ["go north", "go up", "pick up key lamp", "pick up", "drop sword", "exit", "", "dance now"]:
    print(repr(c), "->", run(c))
