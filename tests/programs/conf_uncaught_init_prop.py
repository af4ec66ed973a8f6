class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def kelvin(self):
        return self.celsius + 273.15
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"below absolute zero: {v}")
        self._c = v
temps = [Temperature(t) for t in (20, -10)]
print([round(t.kelvin, 2) for t in temps])
Temperature(-300)
