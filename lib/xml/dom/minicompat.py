"""Helpers shared by tspy's minidom: node lists and the string types it accepts."""
__all__ = ["NodeList", "EmptyNodeList", "StringTypes", "defproperty"]

StringTypes = (str,)


class NodeList(list):
    """A list of nodes with the DOM's .length and .item()."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)

    @length.setter
    def length(self, value):
        _read_only("length")



class EmptyNodeList(tuple):
    """The shared, immutable child list of nodes that cannot have children."""
    __slots__ = ()

    def __add__(self, other):
        joined = NodeList()
        joined.extend(other)
        return joined

    def __radd__(self, other):
        joined = NodeList()
        joined.extend(other)
        return joined

    def item(self, index):
        return None

    @property
    def length(self):
        return 0

    @length.setter
    def length(self, value):
        _read_only("length")


def _read_only(name):
    import xml.dom
    raise xml.dom.NoModificationAllowedErr("attempt to modify read-only attribute " + repr(name))


def defproperty(klass, name, doc):
    """Define klass.NAME as a read-only property backed by klass._get_NAME."""
    getter = getattr(klass, "_get_" + name)

    def refuse(self, value, name=name):
        _read_only(name)

    setattr(klass, name, property(getter, refuse, doc=doc))
