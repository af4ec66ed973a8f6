données = {"clé": "valeur"}
def accès(d):
    return d["clé"] + d["absente"]
print(accès({"clé": "é", "absente": "ü"}))
accès(données)
