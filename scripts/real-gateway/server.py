"""Real WebSocket backends for scripts/real-gateway.sh, on Debian's python3-websockets (10.x).

One asyncio process, one listener per (address, port, behaviour):
  healthy      pixelrush.v1, pongs, heartbeat {"op":"ping"} -> {"op":"pong","build":BUILD,"ts":...}
  old-build    the same, naming an old build in its heartbeat reply
  plain-http   answers GET /ws with a 200 page (the WebSocket route is gone)
  not-found    answers GET /ws with 404
  wrong-proto  offers only pixelrush.v0 (no overlap with the client's pixelrush.v1)
  closes-early closes every connection with 1001 after 1.5 s
  slow-beat    answers the heartbeat after 1.8 s
Usage: server.py ADDRESS:PORT:BEHAVIOUR ...
"""
import asyncio
import http
import json
import sys
import time

import websockets

BUILD = "v1.2.0-3a7f1b2"
OLD_BUILD = "v1.1.9-77d0c2e"
LOBBY = b"<!doctype html><html><body><h1>PixelRush lobby</h1></body></html>"


def handler_for(behaviour):
    build = OLD_BUILD if behaviour == "old-build" else BUILD
    delay = 1.8 if behaviour == "slow-beat" else 0.0

    async def handler(ws, path=None):
        if behaviour == "closes-early":
            asyncio.get_running_loop().call_later(
                1.5, lambda: asyncio.ensure_future(ws.close(1001, "backend draining")))
        async for message in ws:
            if isinstance(message, str) and '"op":"ping"' in message:
                if delay:
                    await asyncio.sleep(delay)
                await ws.send(json.dumps({"op": "pong", "build": build, "ts": int(time.time() * 1000)},
                                         separators=(",", ":")))
    return handler


def process_request_for(behaviour):
    async def process_request(path, headers):
        if behaviour == "plain-http":
            return http.HTTPStatus.OK, [("Content-Type", "text/html")], LOBBY
        if behaviour == "not-found":
            return http.HTTPStatus.NOT_FOUND, [("Content-Type", "text/plain")], b"no route for " + path.encode()
        if not path.startswith("/ws"):
            return http.HTTPStatus.NOT_FOUND, [("Content-Type", "text/plain")], b"no route\n"
        return None
    return process_request


async def main(specs):
    servers = []
    for spec in specs:
        address, port, behaviour = spec.split(":")
        protocols = ["pixelrush.v0"] if behaviour == "wrong-proto" else ["pixelrush.v1"]
        servers.append(await websockets.serve(handler_for(behaviour), address, int(port),
                                              subprotocols=protocols,
                                              process_request=process_request_for(behaviour),
                                              ping_interval=None))
        print(f"listening {address}:{port} {behaviour}", flush=True)
    await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
