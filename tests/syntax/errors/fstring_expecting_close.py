f"{x y"
