"""Command line of the staff portal.

    python -m bot.staff serve [--port N] [--tls-cert F --tls-key F]
    python -m bot.staff create-user NAME --role admin|reviewer   # password: prompt or stdin
    python -m bot.staff purge                                    # past the retention age

The password is never taken from the command line (it would be in the shell history and the
process list): it is asked twice at a terminal, or read as one line from standard input.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import ssl
import sys
from typing import Optional, Sequence

from bot.settings import Settings

def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password again: "):
            raise SystemExit("error: the two passwords differ; nothing was created")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def create_user(settings: Settings, name: str, role: str) -> int:
    from bot.staff.accounts import AccountError, audit, create_user as create
    from bot.transcripts.db import make_engine, session_factory, session_scope, upgrade_to_head

    password = _read_password()
    engine = make_engine(settings.transcripts_db_url)
    upgrade_to_head(engine)
    try:
        with session_scope(session_factory(engine)) as db:
            create(db, name, password, role)
            audit(db, "(command line)", "user_create", target=name, detail={"role": role})
    except AccountError as e:
        print(f"error: {e}; nothing was created", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"Created {role} account {name!r}.")
    return 0


def purge(settings: Settings) -> int:
    from bot.staff.accounts import audit
    from bot.transcripts import queries
    from bot.transcripts.db import make_engine, session_factory, session_scope, upgrade_to_head

    engine = make_engine(settings.transcripts_db_url)
    upgrade_to_head(engine)
    with session_scope(session_factory(engine)) as db:
        days = queries.retention_days(db, settings.transcript_retention_days)
        removed = queries.purge_older_than(db, days)
        audit(db, "(command line)", "purge", detail={"days": days, "removed": removed})
    engine.dispose()
    print(f"Removed {removed} transcripts older than {days} days.")
    return 0


def serve(settings: Settings, host: str, port: Optional[int], cert: Optional[str],
          key: Optional[str]) -> int:
    from aiohttp import web

    from bot.privacy.logs import install_log_scrubbing
    from bot.staff.app import create_app
    from bot.staff.secret import staff_secret

    logging.basicConfig(level=settings.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)  # query strings hold filters
    logging.getLogger("alembic").setLevel(logging.WARNING)
    install_log_scrubbing()
    context = None
    if cert or key:
        if not (cert and key):
            raise SystemExit("error: --tls-cert and --tls-key go together")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
    app = create_app(settings, staff_secret(settings), always_secure=context is not None,
                     purge_in_background=True)
    port = port or settings.staff_port
    scheme = "https" if context else "http"
    web.run_app(app, host=host, port=port, ssl_context=context, access_log=None,
                print=lambda *_: print(f"Staff portal on {scheme}://localhost:{port}/", flush=True))
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.staff", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve", help="serve the portal (make run starts it)")
    serve_cmd.add_argument("--port", type=int, help="default: STAFF_PORT (5080)")
    serve_cmd.add_argument("--host", default="127.0.0.1",
                           help="address to listen on (default 127.0.0.1: this machine only)")
    serve_cmd.add_argument("--tls-cert", help="serve over TLS with this certificate (PEM)")
    serve_cmd.add_argument("--tls-key", help="the certificate's private key (PEM)")
    user_cmd = commands.add_parser("create-user", help="create a staff account")
    user_cmd.add_argument("name")
    user_cmd.add_argument("--role", required=True, choices=["reviewer", "admin"])
    commands.add_parser("purge", help="remove transcripts past the retention age")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    if args.command == "serve":
        return serve(settings, args.host, args.port, args.tls_cert, args.tls_key)
    if args.command == "create-user":
        return create_user(settings, args.name, args.role)
    return purge(settings)


if __name__ == "__main__":
    sys.exit(main())
