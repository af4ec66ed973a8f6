class Config:
    def __init__(self):
        self.database_url = "sqlite://"
        self.debug = True
c = Config()
print(c.debug)
print(c.database_ur)
