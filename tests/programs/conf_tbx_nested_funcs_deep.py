def level1(x):
    def level2(y):
        def level3(z):
            return {"k": z}[z]
        return level3(y * 2)
    return level2(x + 1)
print(level1(-0.5))
level1(1)
