class Config:
    def __init__(self):
        self.values = {"a": 1}
    def get(self, key):
        try:
            return self.values[key]
        except KeyError as e:
            raise LookupError(f"missing {key}") from e
def load():
    cfg = Config()
    try:
        cfg.get("b")
    except LookupError:
        data = [1, 2, 3]
        return data[10]
load()
