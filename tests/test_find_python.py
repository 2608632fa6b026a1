"""scripts/find-python.sh: finds Python 3.10 or says exactly what to install."""
import subprocess
import sys


from bot.settings import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "find-python.sh"


def run(env):
    return subprocess.run(["/bin/bash", str(SCRIPT)], capture_output=True, text=True, env=env)


def test_python_from_the_environment_is_used_when_it_is_3_10():
    done = run({"PYTHON": sys.executable, "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and done.stdout.strip() == sys.executable


def test_a_wrong_python_is_refused_with_what_to_do(tmp_path):
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\necho 3.12\n")
    fake.chmod(0o755)
    done = run({"PYTHON": str(fake), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1
    assert "is not a Python 3.10 interpreter" in done.stderr and "PYTHON=" in done.stderr


def test_no_python_3_10_anywhere_says_what_to_install(tmp_path):
    done = run({"PATH": str(tmp_path), "HOME": str(tmp_path), "PYENV_ROOT": str(tmp_path)})
    assert done.returncode == 1
    assert "Python 3.10 was not found" in done.stderr
    assert "pyenv install 3.10" in done.stderr and "PYTHON=/path/to/python3.10" in done.stderr
