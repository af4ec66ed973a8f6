print('init pkg', __name__)
from . import helper
