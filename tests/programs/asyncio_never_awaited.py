# "coroutine ... was never awaited" RuntimeWarnings: where they are reported (the frame that is
# current when the coroutine dies, the caller once a function has returned)
import asyncio
import sys


class Probe:
    def __del__(self):
        frame = sys._getframe(1)
        print("Probe freed in", frame.f_code.co_name, "line", frame.f_lineno)


async def job():
    await asyncio.sleep(0)


def forgets():
    pending = job()
    probe = Probe()


def returns_value():
    probe = Probe()
    return 1


job()
forgets()
returns_value()


async def main():
    asyncio.sleep(0)  # not awaited
    coro = job()
    del coro
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
