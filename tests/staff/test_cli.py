"""`python -m bot.staff create-user`: the password comes from stdin or a prompt, never argv; bad
input is refused with a reason and creates nothing."""
from __future__ import annotations

import os
import subprocess
import sys

import sqlalchemy as sa

from bot.settings import PROJECT_ROOT


def run(tmp_path, *args, password="a long enough password"):
    env = {**os.environ, "VAR_DIR": str(tmp_path)}
    env.pop("TRANSCRIPTS_DB", None)
    return subprocess.run([sys.executable, "-m", "bot.staff", *args], input=password + "\n",
                          text=True, env=env, cwd=PROJECT_ROOT, capture_output=True, timeout=120)


def accounts(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'transcripts.db'}", future=True)
    with engine.connect() as db:
        return db.execute(sa.text("SELECT name, role, password_hash FROM staff_users")).all()


def test_create_user_reads_the_password_from_stdin_and_stores_an_argon2_hash(tmp_path):
    done = run(tmp_path, "create-user", "ana.admin", "--role", "admin")
    assert done.returncode == 0 and "Created admin account 'ana.admin'" in done.stdout
    [(name, role, hashed)] = accounts(tmp_path)
    assert (name, role) == ("ana.admin", "admin")
    assert hashed.startswith("$argon2id$") and "a long enough password" not in hashed


def test_create_user_refuses_short_passwords_duplicates_and_unknown_roles(tmp_path):
    short = run(tmp_path, "create-user", "bo", "--role", "reviewer", password="short")
    assert short.returncode == 2 and "at least 12 characters" in short.stderr
    assert run(tmp_path, "create-user", "bo", "--role", "reviewer").returncode == 0
    again = run(tmp_path, "create-user", "bo", "--role", "admin")
    assert again.returncode == 2 and "exists already" in again.stderr
    role = run(tmp_path, "create-user", "cy", "--role", "owner")
    assert role.returncode == 2 and "invalid choice" in role.stderr
    assert [r[0] for r in accounts(tmp_path)] == ["bo"]


def test_there_is_no_password_argument(tmp_path):
    done = run(tmp_path, "create-user", "dee", "--role", "admin", "--password", "x" * 20)
    assert done.returncode == 2 and "unrecognized arguments" in done.stderr
