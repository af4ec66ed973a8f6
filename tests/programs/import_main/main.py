# __main__ vs the same file imported by name; sys.argv; script attributes.
import sys
print('main:', __name__, __package__, __spec__, repr(__file__).count('main.py'), __cached__)
print('argv', sys.argv[1:], sys.argv[0].endswith('main.py'))
import helper
print(helper.__name__, helper.runs_as)
import main as again
print('again is main module?', again is sys.modules['__main__'], again.__name__)
if __name__ == '__main__':
    print('guard ran')
