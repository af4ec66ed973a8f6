"""The operator functions under the name of CPython's C module (tspy's operator module is
written in Python), and _compare_digest: a comparison of two str (ASCII) or two bytes-like
values whose time does not depend on where they differ (hmac.compare_digest)."""

from operator import *                                  # noqa: F401,F403
from operator import __all__                            # noqa: F401
from _hashlib import compare_digest as _compare_digest  # noqa: F401
