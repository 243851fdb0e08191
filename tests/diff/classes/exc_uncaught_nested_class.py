class Service:
    class Unavailable(Exception):
        pass

    def call(self):
        raise Service.Unavailable("down for maintenance")


Service().call()
