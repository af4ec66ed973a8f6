class Config:
    name = "cfg"
c = Config()
print(c.name())
