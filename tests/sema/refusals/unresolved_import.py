import no_such_module
from also_missing import thing
import sys
