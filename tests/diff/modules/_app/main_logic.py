from . import config
from .config import settings
def run():
    config.set_debug(True)
    return settings["debug"], config.settings is settings
