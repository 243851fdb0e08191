try:
    break
except:
    pass
except E:
    pass
