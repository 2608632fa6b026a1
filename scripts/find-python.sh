#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter, or explains what to install and exits 1.
# Order: $PYTHON, pyenv (honours .python-version), python3.10 on PATH, pyenv's versions folder.
set -u
want="3.10"

is_310() {
  [ -n "$1" ] && [ -x "$1" ] || return 1
  [ "$("$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "$want" ]
}

if [ -n "${PYTHON:-}" ]; then
  if is_310 "$PYTHON"; then echo "$PYTHON"; exit 0; fi
  echo "error: PYTHON=$PYTHON is not a Python $want interpreter." >&2
  echo "       Point PYTHON at python$want, e.g. PYTHON=/usr/bin/python$want make run" >&2
  exit 1
fi

candidates=()
if command -v pyenv >/dev/null 2>&1; then
  candidates+=("$(pyenv which python$want 2>/dev/null)" "$(pyenv which python3 2>/dev/null)")
fi
candidates+=("$(command -v python$want 2>/dev/null)")
for dir in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/$want.*; do
  candidates+=("$dir/bin/python$want")
done

for c in "${candidates[@]}"; do
  if is_310 "$c"; then echo "$c"; exit 0; fi
done

# Shell builtins only: this message must work on a bare PATH too.
{
  echo "error: Python $want was not found, and this project needs it (Rasa 3.6 runs on Python 3.8-3.10)."
  echo "Install it in one of these ways, then run the command again:"
  echo "  - with pyenv:   pyenv install $want      (this folder's .python-version selects it)"
  echo "  - on Debian/Ubuntu: apt-get install python$want python$want-venv  (where your release has it)"
  echo "  - or point at one you already have:  PYTHON=/path/to/python$want make run"
} >&2
exit 1
