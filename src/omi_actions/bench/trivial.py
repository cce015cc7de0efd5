"""The baseline: a trivial FastAPI ``POST /trivial`` returning ``{}``.

It is served exactly like ``omi-actions serve`` serves the real app (one
uvicorn worker, ``uvicorn.run`` with the default loop/http implementations,
``log_level="warning"``, no access log), so the ratio of the two measures
what the ingest path costs on top of the framework and the server.

Run it on its own with ``python -m omi_actions.bench.trivial --port 8001``.
"""

from __future__ import annotations

import argparse

from fastapi import FastAPI


def create_trivial_app() -> FastAPI:
    app = FastAPI(title="omi-actions bench baseline")

    @app.post("/trivial")
    async def trivial() -> dict[str, str]:
        return {}

    return app


def serve(host: str, port: int) -> None:
    import uvicorn

    # Same call as ``omi_actions.cli.server.serve``.
    uvicorn.run(create_trivial_app(), host=host, port=port, log_level="warning", access_log=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    serve(args.host, args.port)


if __name__ == "__main__":
    main()
