"""What one learner's tabs sent and what the server acknowledged: the facts the database is checked against."""
from dataclasses import dataclass, field

from tests.load.clients import race

# Handlers that only return a stored state when nothing is left to write (a reload or a double click):
# both tabs may be answered, as long as both are answered with the same version (one write at most).
IDEMPOTENT = {"start_attempt"}


@dataclass
class Ledger:
    student: str
    activity: str
    usage: str = ""  # the block's usage id (the workbench's user state and the store's rows are keyed by it)
    statuses: list = field(default_factory=list)  # (handler, status, error code or text) of every request
    doubles: list = field(default_factory=list)  # (handler, version sent) when both tabs were acknowledged
    acks: list = field(default_factory=list)  # (handler, body sent, answer) of every acknowledged write, in order

    def note(self, handler, status, answer):
        error = answer.get("code") or answer.get("error") if isinstance(answer, dict) and status != 200 else None
        self.statuses.append((handler, status, error if status != 200 else None))
        if status == 0 or status >= 500:
            self.statuses[-1] = (handler, status, str(answer)[:300])

    def race(self, tabs, handler, bodies):
        """Both tabs post at once; the acknowledged (body, answer), or None when both were refused."""
        answers = race(tabs, handler, bodies)
        for status, answer in answers:
            self.note(handler, status, answer)
        winners = [index for index, (status, _answer) in enumerate(answers) if status == 200]
        if len(winners) > 1 and not self._same_answer(handler, [answers[index][1] for index in winners]):
            self.doubles.append((handler, bodies[0].get("version")))
        if not winners:
            return None
        body, answer = bodies[winners[-1]], answers[winners[-1]][1]
        self.acks.append((handler, body, answer))
        return body, answer

    @staticmethod
    def _same_answer(handler, answers):
        versions = {answer["state"]["version"] for answer in answers}
        return handler in IDEMPOTENT and len(versions) == 1

    def last(self, *handlers):
        """The last acknowledged (body, answer) of one of ``handlers``, or None."""
        return next(((body, answer) for handler, body, answer in reversed(self.acks) if handler in handlers), None)

    def count(self, handler):
        return sum(1 for name, _body, _answer in self.acks if name == handler)

    def server_errors(self):
        return [entry for entry in self.statuses if entry[1] >= 500 or entry[1] == 0]
