import warnings
async def job():
    return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    job()
print([str(x.message) for x in w], [x.category.__name__ for x in w], w[0].source.__class__.__name__ if w else None)
job()
async def job():
    return 1
def main():
    job()
    print("called without await")
main()
c = job()
del c
print("end")
