MAX_RETRIES = 3
def connect():
    for attempt in range(MAX_RETRY):
        pass
connect()
