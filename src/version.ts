/** Version facts, in one place. */
export const TSPY_VERSION = "0.1.0";
export const PY_VERSION = "3.11.7";
export const PY_VERSION_INFO = [3, 11, 7, "final", 0] as const;
/** sys.implementation.cache_tag: .pyc files go to __pycache__/NAME.tspy-311.pyc */
export const CACHE_TAG = "tspy-311";
/** importlib.util.MAGIC_NUMBER of CPython 3.11: 3495 as a little-endian short, then \r\n. */
export const MAGIC_NUMBER = 3495;
