"""bench/run.py's report renders from results of the shapes the benchmark produces."""
import importlib.util

from bench.loadtest import LoadResult
from bot.settings import PROJECT_ROOT


def load_run_module():
    spec = importlib.util.spec_from_file_location("bench_run", PROJECT_ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def result(level, ms):
    return LoadResult(concurrency=level, turns=10, errors=0, seconds=1.0,
                      latencies_ms=[ms] * 10, last_turn_ms=[ms] * 2)


def test_report_has_ours_stock_ratios_exit_and_flow():
    run = load_run_module()
    ours = ({1: result(1, 100.0), 10: result(10, 1000.0)}, 900.0, 20.0, result(10, 800.0),
            result(10, 1200.0))
    stock = ({1: result(1, 50.0), 10: result(10, 500.0)}, 450.0, 10.0)
    text = run.report(ours, stock)
    assert "| ours | 10 | 10 | 0 | 1000.0 |" in text and "| stock | 1 | 10 | 0 | 50.0 |" in text
    assert "| p95 ms at 10 concurrent | 1000.0 | 500.0 | 2.00x |" in text
    assert "| Rasa server peak RSS (MiB) | 900 | 450 | 2.00x |" in text
    assert "exit turn p50 / p95 ms | 800.0 / 800.0" in text
    assert "| p95 ms | 1200.0 | 1000.0 | 1.20x |" in text


def test_report_states_the_whole_flow_target_against_the_foundation():
    run = load_run_module()
    stock = ({1: result(1, 50.0), 10: result(10, 500.0)}, 450.0, 10.0)
    short = {1: result(1, 100.0), 10: result(10, 1000.0)}
    limit = run.FOUNDATION_P95_MS * 1.2
    within = run.report((short, 900.0, 20.0, result(10, 800.0), result(10, limit - 1)), stock)
    over = run.report((short, 900.0, 20.0, result(10, 800.0), result(10, limit + 1)), stock)
    assert f"foundation's p95 at 10 concurrent ({run.FOUNDATION_P95_MS:.1f} ms)" in within
    assert f"{limit - 1:.1f} ms = 1.20x, met." in within and "NOT met." not in within
    assert f"{limit + 1:.1f} ms = 1.20x, NOT met." in over
