name = "tspy"
print(name.uppercase())
