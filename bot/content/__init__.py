"""Versioned content the bot speaks from: screening instruments and the resource directory.

Both are data files read and validated once per process (an error names the file and the problem);
swapping a file needs no code change and no retraining.
"""

from pathlib import Path
from typing import Any, Type

import yaml


def read_yaml(path: Path, error: Type[ValueError]) -> Any:
    """A content file's data; `error` (naming the file) when it cannot be read or parsed."""
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise error(f"{path}: cannot be read ({e.strerror})") from e
    except yaml.YAMLError as e:
        raise error(f"{path}: is not valid YAML ({e})") from e
