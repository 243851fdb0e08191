from abc import ABC, abstractmethod


class Reader(ABC):
    @abstractmethod
    def read(self):
        pass


class Bad(Reader):
    pass


Bad()
