"""`make bench`: every figure again at the end, in one block, so the run reads as one report."""
from tests.benchmarks.figures import MEASURED


def pytest_terminal_summary(terminalreporter):
    if not MEASURED:
        return
    terminalreporter.section("make bench figures")
    for line, _ok in MEASURED:
        terminalreporter.write_line(line)
    missed = sum(1 for _line, ok in MEASURED if not ok)
    terminalreporter.write_line(f"{len(MEASURED) - missed} of {len(MEASURED)} budgets met")
