"""Benchmarks and NLU evaluations (see bench/README.md)."""
import os

# Rasa's telemetry and error reporting would try to send reports (stack traces included) out of
# the machine; `make` turns them off, and so does running a bench script directly.
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
