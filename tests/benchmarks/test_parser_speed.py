"""The safe parser refuses hostile documents quickly (targets here, never in `make test`)."""
import time

import pytest

from tests.benchmarks.figures import figure
from weerbaarxblock.core import olx
from weerbaarxblock.core.rules.problems import Problem

pytestmark = pytest.mark.bench

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]><lolz>&lol9;</lolz>"
)


@pytest.mark.parametrize(
    ("name", "document", "budget_s"),
    [
        ("billion laughs", BILLION_LAUGHS, 0.5),
        ("deeply nested", "<a>" * 50_000 + "</a>" * 50_000, 1.0),
        ("text node over 10 MB", "<a>" + "x" * (11 * 1024 * 1024) + "</a>", 2.0),
    ],
)
def test_hostile_documents_are_refused_within_budget(name, document, budget_s):
    started = time.perf_counter()
    with pytest.raises(Problem):
        olx.parse(document)
    elapsed = time.perf_counter() - started
    assert figure(f"OLX parser refuses {name}", elapsed * 1000, f"< {budget_s * 1000:.0f} ms", elapsed < budget_s,
                  unit=" ms")
