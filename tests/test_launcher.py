"""The launcher's signal handling and port check, without starting any server (the real
start and stop are in tests/integration/test_launcher_lifecycle.py)."""
import signal
import socket
import subprocess
import sys

from bot.launcher import port_in_use
from bot.settings import PROJECT_ROOT

PROBE = """
import signal
from bot.launcher import install_signal_handlers
install_signal_handlers()
print(signal.getsignal(signal.SIGHUP) == signal.SIG_IGN,
      signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN))
"""


def run_probe(ignore_hangup: bool) -> str:
    def before():
        # What nohup does before it starts the command, or a plain terminal's default (set
        # either way: the test run itself may have been started under nohup).
        signal.signal(signal.SIGHUP, signal.SIG_IGN if ignore_hangup else signal.SIG_DFL)
    return subprocess.run([sys.executable, "-c", PROBE], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, preexec_fn=before, check=True).stdout.split()


def test_started_with_nohup_the_launcher_keeps_ignoring_hangups():
    assert run_probe(ignore_hangup=True) == ["True", "True"]


def test_otherwise_a_hangup_stops_it_like_ctrl_c():
    assert run_probe(ignore_hangup=False) == ["False", "True"]


def test_a_listening_port_is_in_use_and_a_closed_one_is_not():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert port_in_use(port)
    assert not port_in_use(port)
