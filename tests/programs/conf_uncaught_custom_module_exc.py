class AppError(Exception):
    """An application error."""
class DBError(AppError):
    def __init__(self, query, reason):
        super().__init__(f"{reason} (query: {query!r})")
def decode(row):
    return int(row["value"])
def load():
    try:
        decode({"value": "12x"})
    except ValueError as e:
        raise DBError("SELECT 1", "cannot decode row") from e
load()
