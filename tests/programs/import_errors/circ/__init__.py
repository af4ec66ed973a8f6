from .one import f
