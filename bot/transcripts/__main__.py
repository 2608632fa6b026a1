"""Schema of the transcripts database (TRANSCRIPTS_DB from bot.settings).

    python -m bot.transcripts upgrade                 # to the newest migration (start-up does it)
    python -m bot.transcripts revision -m "why"       # a new migration from the models' changes
    python -m bot.transcripts check                   # exit 1 when models and migrations differ
"""
from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from bot.settings import Settings


def main(argv: Optional[Sequence[str]] = None) -> int:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bot.transcripts.db import alembic_config, make_engine, upgrade_to_head
    from bot.transcripts.models import metadata

    parser = argparse.ArgumentParser(prog="python -m bot.transcripts", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("upgrade", help="bring the database to the newest migration")
    revision = commands.add_parser("revision", help="write a migration for the models' changes")
    revision.add_argument("-m", "--message", required=True)
    commands.add_parser("check", help="compare the database with the models")
    args = parser.parse_args(argv)
    engine = make_engine(Settings.from_env().transcripts_db_url)
    try:
        if args.command == "upgrade":
            upgrade_to_head(engine)
            print("The transcripts database is at the newest migration.")
            return 0
        upgrade_to_head(engine)
        with engine.begin() as connection:
            if args.command == "revision":
                command.revision(alembic_config(connection), message=args.message,
                                 autogenerate=True)
                return 0
            diff = compare_metadata(MigrationContext.configure(connection), metadata)
        if diff:
            print(f"The models differ from the migrations: {diff}", file=sys.stderr)
            print('Write a migration: python -m bot.transcripts revision -m "why"', file=sys.stderr)
            return 1
        print("The models and the migrations agree.")
        return 0
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
