"""Read-only access to the compiler's symbol tables (CPython 3.11's symtable API).

symtable(code, filename, compile_type) runs tspy's symbol-table pass
(src/compiler/symtable.ts, through the native _symtable module) and wraps its entries:
a SymbolTable per block (Function and Class for those blocks) and a Symbol per name.
"""

import _symtable
from _symtable import USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM
from _symtable import DEF_IMPORT, DEF_BOUND, DEF_ANNOT, SCOPE_OFF, SCOPE_MASK
from _symtable import FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL

import weakref

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]

_GLOBAL_SCOPES = (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
_LOCAL_SCOPES = (LOCAL, CELL)


def symtable(code, filename, compile_type):
    """The top-level SymbolTable of the source `code`.

    compile_type is 'exec', 'eval' or 'single', as for compile().
    """
    return _newSymbolTable(_symtable.symtable(code, filename, compile_type), filename)


def _scope_of(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTableFactory:
    """Hands out one wrapper per (entry, filename), so that asking twice for the
    same block gives the same object."""

    def __init__(self):
        self.__made = weakref.WeakValueDictionary()

    def new(self, table, filename):
        cls = {_symtable.TYPE_FUNCTION: Function,
               _symtable.TYPE_CLASS: Class}.get(table.type, SymbolTable)
        return cls(table, filename)

    def __call__(self, table, filename):
        made = self.__made.get((table, filename))
        if made is None:
            made = self.__made[table, filename] = self.new(table, filename)
        return made


_newSymbolTable = SymbolTableFactory()


class SymbolTable:
    """The symbols of one block: the module, a class body or a function."""

    def __init__(self, raw_table, filename):
        self._table, self._filename = raw_table, filename
        self._symbols = dict()

    def __repr__(self):
        kind = "" if type(self) is SymbolTable else type(self).__name__ + " "
        name = self._table.name
        if name == "top":
            return "<%sSymbolTable for module %s>" % (kind, self._filename)
        return "<%sSymbolTable for %s in %s>" % (kind, self._table.name, self._filename)

    def get_type(self):
        """'module', 'function' or 'class'."""
        kind = self._table.type
        if kind == _symtable.TYPE_MODULE:
            return "module"
        if kind == _symtable.TYPE_FUNCTION:
            return "function"
        if kind == _symtable.TYPE_CLASS:
            return "class"
        assert kind in (1, 2, 3), "unexpected type: {0}".format(kind)

    def get_id(self):
        """A number identifying the block."""
        return self._table.id

    def get_name(self):
        """The block's name: the class or function name, or 'top' for the module."""
        return self._table.name

    def get_lineno(self):
        """The line the block starts on."""
        return self._table.lineno

    def is_optimized(self):
        """Whether the block's locals live in fast slots (function blocks)."""
        return self._table.type == _symtable.TYPE_FUNCTION

    def is_nested(self):
        """Whether the block is a nested class or function."""
        return self._table.nested != 0

    def has_children(self):
        """Whether blocks are nested inside this one."""
        return len(self._table.children) > 0

    def get_identifiers(self):
        """A view of the names this block knows."""
        symbols = self._table.symbols
        return symbols.keys()

    def lookup(self, name):
        """The Symbol for `name` in this block (KeyError when unknown)."""
        if name not in self._symbols:
            at_top = self._table.name == "top"
            self._symbols[name] = Symbol(name, self._table.symbols[name],
                                         self.__blocks_named(name), module_scope=at_top)
        return self._symbols[name]

    def get_symbols(self):
        """A Symbol for every name of the block."""
        return [self.lookup(name) for name in self.get_identifiers()]

    def __blocks_named(self, name):
        return [_newSymbolTable(child, self._filename)
                for child in self._table.children if child.name == name]

    def get_children(self):
        """The tables of the blocks nested in this one."""
        return [_newSymbolTable(child, self._filename) for child in self._table.children]


class Function(SymbolTable):
    """The table of a function (or lambda, or comprehension) block."""

    def __init__(self, raw_table, filename):
        super().__init__(raw_table, filename)
        self.__memo = {}

    def __names_where(self, what, keep):
        """The names whose flags pass `keep`, in table order (computed once)."""
        if what not in self.__memo:
            symbols = self._table.symbols
            self.__memo[what] = tuple(n for n in self.get_identifiers() if keep(symbols[n]))
        return self.__memo[what]

    def get_parameters(self):
        """The parameter names, in order."""
        return self.__names_where("params", lambda f: f & DEF_PARAM)

    def get_locals(self):
        """The local names (cells included)."""
        return self.__names_where("locals", lambda f: _scope_of(f) in _LOCAL_SCOPES)

    def get_globals(self):
        """The global names, declared or implicit."""
        return self.__names_where("globals", lambda f: _scope_of(f) in _GLOBAL_SCOPES)

    def get_nonlocals(self):
        """The names declared nonlocal."""
        return self.__names_where("nonlocals", lambda f: f & DEF_NONLOCAL)

    def get_frees(self):
        """The free variables (bound in an enclosing function)."""
        return self.__names_where("frees", lambda f: _scope_of(f) == FREE)


class Class(SymbolTable):
    """The table of a class body."""

    def get_methods(self):
        """The names of the blocks defined in the class body, each once."""
        names = []
        for child in self._table.children:
            if child.name not in names:
                names.append(child.name)
        return tuple(names)


class Symbol:
    """What a block knows of one name."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name, self.__flags = name, flags
        self.__scope = _scope_of(flags)
        self.__spaces = namespaces if namespaces else ()
        self.__at_module = module_scope

    def __repr__(self):
        return "<symbol %r>" % (self.__name,)

    def get_name(self):
        """The name."""
        return self.__name

    def is_referenced(self):
        """Whether the block reads the name."""
        return (self.__flags & USE) != 0

    def is_parameter(self):
        """Whether the name is a parameter."""
        return (self.__flags & DEF_PARAM) != 0

    def is_global(self):
        """Whether the name is global (declared, implicit, or bound at module level)."""
        if self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT):
            return True
        return bool(self.__at_module and self.__flags & DEF_BOUND)

    def is_nonlocal(self):
        """Whether the name is declared nonlocal."""
        return (self.__flags & DEF_NONLOCAL) != 0

    def is_declared_global(self):
        """Whether a global statement names it."""
        return self.__scope == GLOBAL_EXPLICIT

    def is_local(self):
        """Whether the name is local to the block."""
        if self.__scope in (LOCAL, CELL):
            return True
        return bool(self.__at_module and self.__flags & DEF_BOUND)

    def is_annotated(self):
        """Whether the name is annotated."""
        return (self.__flags & DEF_ANNOT) != 0

    def is_free(self):
        """Whether the name refers to a variable of an enclosing function."""
        return self.__scope == FREE

    def is_imported(self):
        """Whether an import statement binds the name."""
        return (self.__flags & DEF_IMPORT) != 0

    def is_assigned(self):
        """Whether the block assigns to the name."""
        return (self.__flags & DEF_LOCAL) != 0

    def is_namespace(self):
        """Whether the name is bound to a class or function block defined here."""
        return len(self.__spaces) > 0

    def get_namespaces(self):
        """The tables of the blocks bound to the name."""
        return self.__spaces

    def get_namespace(self):
        """The one table bound to the name (ValueError for none or several)."""
        count = len(self.__spaces)
        if count == 1:
            return self.__spaces[0]
        raise ValueError("name is not bound to any namespaces" if count == 0
                         else "name is bound to multiple namespaces")

