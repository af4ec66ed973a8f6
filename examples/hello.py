def greet(name: str) -> str:
    return f"Hello, {name}!"


if __name__ == "__main__":
    for who in ["world", "tspy"]:
        print(greet(who))
