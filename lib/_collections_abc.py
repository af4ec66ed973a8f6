"""Alias of collections.abc under the private name some modules import."""
from collections.abc import *  # noqa: F401,F403
from collections.abc import __all__, _check_methods, _CallableGenericAlias  # noqa: F401
