config = {"host": "localhost"}
print(config["port"])
