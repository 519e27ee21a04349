"""The one error type the domain raises, carrying a code instead of a sentence.

The domain does not know the learner's language. It names what is wrong with a
code and its parameters; the blocks turn that into a translated message (see
``weerbaarxblock.messages``) and, for JSON handlers, a 400 response.
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


def collect(checks):
    """Run ``checks`` (callables) and raise all their problems together, or nothing."""
    found = []
    for check in checks:
        try:
            check()
        except Problem as problem:
            found.append(problem)
        except Problems as many:
            found.extend(many.problems)
    if found:
        raise Problems(found)
