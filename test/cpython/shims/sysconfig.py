"""Minimal sysconfig for running CPython's test files under tspy (scripts/cpython-tests.mjs
puts this folder on sys.path; it is not part of tspy's library): no build configuration."""

import sys


def get_config_var(name):
    return None


def get_config_vars(*names):
    if names:
        return [None for _ in names]
    return {}


def is_python_build(check_home=False):
    return False


def get_platform():
    return sys.platform


def get_paths(scheme=None, vars=None, expand=True):
    return {}


def get_path(name, scheme=None, vars=None, expand=True):
    return None
