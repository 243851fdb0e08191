f"abc }"
