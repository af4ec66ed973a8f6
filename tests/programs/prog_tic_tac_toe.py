# Tic-tac-toe with minimax: game logic, board rendering, AI vs AI
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for x, y, z in LINES:
        if b[x] != " " and b[x] == b[y] == b[z]:
            return b[x]
    return "draw" if " " not in b else None
def render(b):
    rows = [" | ".join(b[i:i + 3]) for i in (0, 3, 6)]
    return "\n---------\n".join(rows)
calls = 0
memo = {}
def minimax(b, player):
    global calls
    calls += 1
    key = ("".join(b), player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w == "X":
        return (1, None)
    if w == "O":
        return (-1, None)
    if w == "draw":
        return (0, None)
    best = None
    for i in range(9):
        if b[i] == " ":
            b[i] = player
            score, _ = minimax(b, "O" if player == "X" else "X")
            b[i] = " "
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best
board = [" "] * 9
player = "X"
moves = []
while winner(board) is None:
    _, move = minimax(board, player)
    board[move] = player
    moves.append((player, move))
    player = "O" if player == "X" else "X"
print(render(board))
print("result:", winner(board), moves, "positions evaluated:", calls, len(memo))
board = list("XX OO    ")
print(minimax(board, "X"), minimax(board, "O"))
board = list("XOXOXO   ")
print(winner(board), minimax(board, "X"))
