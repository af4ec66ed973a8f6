# importing array registers array.array as a collections.abc.MutableSequence
import array
import collections.abc
print(isinstance(array.array('b'), collections.abc.MutableSequence),
      issubclass(array.array, collections.abc.Sequence), issubclass(array.array, collections.abc.Hashable))
print(array.array.__hash__, type(hash).__name__)
