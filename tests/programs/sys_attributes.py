import sys
for name in ["version_info", "hexversion", "api_version", "maxsize", "maxunicode", "byteorder", "platform", "float_info", "int_info", "hash_info", "flags", "dont_write_bytecode", "float_repr_style", "getdefaultencoding", "getfilesystemencoding", "implementation", "thread_info", "warnoptions", "_xoptions", "abiflags", "copyright", "stdin", "stdout", "stderr", "__stdout__", "exc_info", "exception", "getrecursionlimit", "getswitchinterval", "setswitchinterval", "intern", "is_finalizing", "getallocatedblocks", "getrefcount", "get_coroutine_origin_tracking_depth", "set_coroutine_origin_tracking_depth", "get_asyncgen_hooks", "set_asyncgen_hooks", "settrace", "gettrace", "setprofile", "getprofile", "call_tracing", "addaudithook", "audit", "orig_argv", "platlibdir", "pycache_prefix", "stdlib_module_names", "builtin_module_names", "meta_path", "path_hooks", "path_importer_cache", "last_type", "ps1", "tracebacklimit", "exit", "displayhook", "excepthook", "unraisablehook", "breakpointhook", "__displayhook__", "get_int_max_str_digits", "set_int_max_str_digits", "activate_stack_trampoline", "getsizeof", "_getframe", "_current_frames", "version", "executable", "prefix", "base_prefix", "exec_prefix", "base_exec_prefix"]:
    print(name, hasattr(sys, name))
print(sys.implementation.name, sys.implementation.version[:2], sys.implementation.cache_tag)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_repr_style)
print(sys.int_info, sys.hash_info.modulus)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dev_mode, sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[0:3])
print(repr(sys.version_info))
print(sys.getswitchinterval(), sys.gettrace(), sys.getprofile())
