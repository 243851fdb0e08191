[y := i for i in range(3)]
break
