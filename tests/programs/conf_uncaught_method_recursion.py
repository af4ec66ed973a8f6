class Tree:
    def __init__(self, parent=None):
        self.parent = parent
    def root(self):
        return self.parent.root() if self.parent is not None else self.root()
t = Tree(Tree())
t.root()
