x = "été" + + if
