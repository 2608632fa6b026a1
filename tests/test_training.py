"""Training runs only when config, domain or training data changed."""
from pathlib import Path

from bot.training import fingerprint, input_files, is_current, fingerprint_path


def make_project(root: Path) -> None:
    (root / "bot" / "data" / "nlu").mkdir(parents=True)
    (root / "config.yml").write_text("pipeline: []\n")
    (root / "domain.yml").write_text("intents: [greet]\n")
    (root / "bot" / "data" / "nlu" / "a.yml").write_text("nlu: []\n")


def test_fingerprint_covers_config_domain_and_data(tmp_path):
    make_project(tmp_path)
    files = input_files(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "bot/data/nlu/a.yml", "config.yml", "domain.yml"]
    before = fingerprint(files, tmp_path)
    (tmp_path / "bot" / "data" / "nlu" / "a.yml").write_text("nlu: [x]\n")
    assert fingerprint(files, tmp_path) != before


def test_a_renamed_file_changes_the_fingerprint(tmp_path):
    make_project(tmp_path)
    before = fingerprint(input_files(tmp_path), tmp_path)
    (tmp_path / "bot" / "data" / "nlu" / "a.yml").rename(tmp_path / "bot" / "data" / "nlu" / "b.yml")
    assert fingerprint(input_files(tmp_path), tmp_path) != before


def test_model_is_current_only_with_model_and_matching_stamp(tmp_path):
    model = tmp_path / "current.tar.gz"
    assert not is_current(model, "abc")
    fingerprint_path(model).write_text("abc\n")
    assert not is_current(model, "abc")  # no model yet
    model.write_bytes(b"model")
    assert is_current(model, "abc")
    assert not is_current(model, "def")
