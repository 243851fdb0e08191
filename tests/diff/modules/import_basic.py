import _util
print(_util.greet("world"), _util.GREETING, _util.__name__)
print(_util.bump(), _util.bump(), _util.counter)
import _util as u2
print(u2 is _util, u2.counter)
from _util import greet, counter
print(greet("again"), counter)
