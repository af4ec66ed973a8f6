# Task.get_stack / print_stack for pending, failed and cancelled tasks
import asyncio, sys
async def worker():
    await asyncio.sleep(1)
async def bad():
    raise ValueError("v")
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    print(len(t.get_stack()), t.get_stack(limit=1)[0].f_code.co_name)
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    b.print_stack(file=sys.stdout)
    b.exception()
    t.cancel()
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    print([f.f_code.co_name for f in asyncio.current_task().get_stack()][-1:])
asyncio.run(main())
