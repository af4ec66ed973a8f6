def build(name, size, color):
    return {"name": name, "size": int(size), "color": color}
items = [
    build("a", "1", "red"),
    build(
        "b",
        "big",
        "blue",
    ),
]
