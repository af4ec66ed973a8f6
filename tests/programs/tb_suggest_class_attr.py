class Settings:
    DEBUG = False
    DATABASE = "sqlite"
print(Settings.DEBUG)
print(Settings.DATABSE)
