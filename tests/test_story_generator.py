"""tests/stories/test_flow.yml is what tests/stories/generate.py writes (run it after a change)."""
import importlib.util

from bot.settings import PROJECT_ROOT

PATH = PROJECT_ROOT / "tests" / "stories" / "generate.py"


def test_generated_stories_are_up_to_date():
    spec = importlib.util.spec_from_file_location("generate_stories", PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.render(), \
        "run: python tests/stories/generate.py"
