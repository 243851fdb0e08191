settings = {"debug": False}
def set_debug(v):
    settings["debug"] = v
