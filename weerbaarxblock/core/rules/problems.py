"""The one error type the domain raises, carrying a code instead of a sentence.

The domain does not know the learner's language. It names what is wrong with a
code and its parameters; the blocks turn that into a translated message (see
``weerbaarxblock.core.messages``) and, for JSON handlers, a 400 response.
"""


class Problem(Exception):
    """Input that breaks a rule. ``field`` names where the author or learner should look."""

    def __init__(self, code, field=None, **params):
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def __repr__(self):
        return f"Problem({self.code!r}, field={self.field!r}, **{self.params!r})"


class Problems(Exception):
    """Several problems found at once, for forms that show every message beside its field."""

    def __init__(self, problems):
        super().__init__(", ".join(p.code for p in problems))
        self.problems = list(problems)


class StaleVersion(Problem):
    """The page was made from an older version than the one stored; the block answers 409 Conflict."""

    def __init__(self, code, current, saved_at=None):
        super().__init__(code, field="version")
        self.current = current
        self.saved_at = saved_at


def check_version(sent, current, code, saved_at=None):
    """Refuse a write made from ``sent`` when ``current`` is stored: two tabs must not overwrite each other."""
    if sent != current:
        raise StaleVersion(code, current, saved_at)


class ProblemCollector:
    """Gathers every problem of a form instead of stopping at the first, then raises them together.

    ``check`` runs one rule; a ``Problem`` (or each of ``Problems``) it raises is recorded with ``prefix`` put
    before its field (the dotted path of an editor form, such as ``situations.2.options.0.points``), and ``None``
    is returned. With ``first_only`` the first problem is raised at once instead, as a ``Problem``: a learner
    gets one clear message where an author gets one beside every field.
    """

    def __init__(self, *, first_only=False):
        self.first_only = first_only
        self.problems = []

    def __len__(self):
        return len(self.problems)

    def add(self, code, field=None, **params):
        self._record(Problem(code, field=field, **params), "")

    def check(self, rule, *args, prefix="", **kwargs):
        try:
            return rule(*args, **kwargs)
        except Problem as problem:
            self._record(problem, prefix)
        except Problems as many:
            for problem in many.problems:
                self._record(problem, prefix)
        return None

    def extend(self, problems, *, prefix=""):
        for problem in problems:
            self._record(problem, prefix)

    def raise_any(self):
        if self.problems:
            raise Problems(self.problems)

    def _record(self, problem, prefix):
        if prefix:
            problem.field = f"{prefix}.{problem.field}" if problem.field else prefix
        if self.first_only:
            raise problem
        self.problems.append(problem)
