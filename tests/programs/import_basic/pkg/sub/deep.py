VALUE = 42
from .. import helper
from ..helper import name as from_parent_name
from . import sibling
from .sibling import value as sibling_value
from_parent = from_parent_name()
print('deep loaded', __name__)
