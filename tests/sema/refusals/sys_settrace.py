import sys
sys.settrace(None)
sys.setprofile(None)
f = sys._getframe()
