"""axe-core (through axe-playwright-python) limited to WCAG 2.1 A and AA, with a readable report."""
from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS}, "resultTypes": ["violations"]}

_axe = Axe()


def violations(page, selector=None):
    """axe's violation dicts for the elements matching ``selector`` (the whole page when None)."""
    return _axe.run(page, context=selector, options=OPTIONS).response["violations"]


def report(found, selector, url):
    """One block of text per violated rule: id, impact, what to fix, then each offending element."""
    where = f"inside {selector!r}" if selector else "on the page"
    lines = [f"axe found {len(found)} WCAG 2.1 A/AA violation(s) {where} at {url}:"]
    for violation in found:
        lines.append(f"- {violation['id']} ({violation.get('impact') or 'unknown impact'}): {violation['help']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node.get("target", []))
            summary = (node.get("failureSummary") or "").replace("\n", "\n      ")
            lines.append(f"    target: {target}")
            lines.append(f"      {summary}")
    return "\n".join(lines)
