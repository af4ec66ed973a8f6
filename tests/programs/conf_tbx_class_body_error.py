class Settings:
    DEBUG = True
    LEVEL = "high"
    THRESHOLD = LEVEL * 2.5
