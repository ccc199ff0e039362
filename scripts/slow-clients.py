#!/usr/bin/env python3
"""Holds N slow ("slowloris") connections open against 127.0.0.1:PORT for SECONDS:
each sends a request line and then one header byte every few seconds, and reconnects
when the server closes it. Prints how many were open at the end and how many the server
closed. Used by scripts/slow-connections.sh; loopback only."""
import asyncio
import sys

HOST = "127.0.0.1"


async def slow(port, stop, stats):
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            stats["refused"] += 1
            await asyncio.sleep(0.5)
            continue
        stats["open"] += 1
        try:
            writer.write(b"GET /sv/ HTTP/1.1\r\nHost: kontaktpunkt\r\n")
            await writer.drain()
            while not stop.is_set():
                writer.write(b"X")
                await writer.drain()
                try:
                    data = await asyncio.wait_for(reader.read(1), timeout=3)
                    if data == b"":
                        stats["closed_by_server"] += 1
                        break
                except asyncio.TimeoutError:
                    pass
        except (ConnectionError, OSError):
            stats["closed_by_server"] += 1
        finally:
            stats["open"] -= 1
            writer.close()


async def main():
    port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    stop = asyncio.Event()
    stats = {"open": 0, "closed_by_server": 0, "refused": 0}
    tasks = [asyncio.create_task(slow(port, stop, stats)) for _ in range(count)]
    await asyncio.sleep(seconds)
    peak = stats["open"]
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"slow connections open at the end: {peak}, closed by the server: "
          f"{stats['closed_by_server']}, refused: {stats['refused']}")


asyncio.run(main())
