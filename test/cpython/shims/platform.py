"""Stand-in platform for CPython's test files under tspy (not part of tspy's library)."""
import sys


def system():
    return "Linux"


def machine():
    return "x86_64"


def python_implementation():
    return "CPython"


def platform(*args, **kwargs):
    return "Linux"


def libc_ver(*args, **kwargs):
    return ("glibc", "2.36")


def release():
    return ""


def mac_ver(*args, **kwargs):
    return ("", ("", "", ""), "")


def win32_ver(*args, **kwargs):
    return ("", "", "", "")


def architecture(*args, **kwargs):
    return ("64bit", "ELF")


def uname():
    return ("Linux", "", "", "", "x86_64", "")
