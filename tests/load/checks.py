"""The load's ledgers against the database: each function returns the problems it found, as sentences."""
import json


def _same_texts(sent, stored):
    """Every answer sent is the one stored (the server may add answers to questions the request left out)."""
    return all(stored.get(key) == value for key, value in sent.items())


def _one(values, what, student, problems):
    if len(values) > 1:
        problems.append(f"{student}: {what} stored {len(values)} times: {values}")
    return values[-1] if values else None


def requests(ledgers):
    """No 5xx, no dropped request, never two tabs acknowledged for one version."""
    problems = []
    for ledger in ledgers:
        if ledger.server_errors():
            problems.append(f"{ledger.student}: server errors or no answer {ledger.server_errors()[:3]}")
        if ledger.doubles:
            problems.append(f"{ledger.student}: both tabs acknowledged for (handler, version) {ledger.doubles}")
    return problems


def reflection(database, ledger, reviews):
    """The last acknowledged draft or submission is the stored one; every submission stored exactly once."""
    problems, student = [], ledger.student
    state = database.user_state(ledger.usage, student)
    last = ledger.last("save_draft", "submit")
    if last:
        body, answer = last
        version = answer["version"] if "version" in answer else answer["state"]["version"]
        drafts = _one(state.get("draft_answers", []), "draft_answers", student, problems)
        if not drafts or not _same_texts(body["answers"], drafts):
            problems.append(f"{student}: the last acknowledged text is not the stored one: {drafts!r}")
        if state.get("draft_version", [None])[-1] != version or database.version(student, ledger.usage)\
                != [version]:
            problems.append(f"{student}: acknowledged version {version}, stored {state.get('draft_version')} "
                            f"and {database.version(student, ledger.usage)}")
    submits = [body for handler, body, _answer in ledger.acks if handler == "submit"]
    entries = database.entries(student)
    if len(entries) != (1 if submits or ledger.count("save_draft") else 0):
        problems.append(f"{student}: {len(entries)} entries stored")
    for entry in entries:
        stored = [row["answers"] for row in entry["versions"]]
        if entry["version"] != len(submits) or len(stored) != len(submits) or not all(
                _same_texts(sent["answers"], kept) for sent, kept in zip(submits, stored, strict=False)):
            problems.append(f"{student}: {len(submits)} acknowledged submissions, entry version {entry['version']} "
                            f"with {len(stored)} stored versions")
        acknowledged = sorted(body["version"] for body in reviews.get(entry["id"], []))
        stored_reviews = sorted(row["version"] for row in database.reviews() if row["entry_id"] == entry["id"])
        if acknowledged != stored_reviews:
            problems.append(f"{student}: reviews acknowledged for versions {acknowledged}, stored {stored_reviews}")
    return problems


def scenario(database, ledger):
    """One attempt row; its answers and path are the acknowledged ones; the version is the last acknowledged."""
    problems, student = [], ledger.student
    answered = [body for handler, body, _answer in ledger.acks if handler == "answer"]
    attempts = database.attempts(student)
    if len(attempts) != (1 if ledger.count("start_attempt") else 0):
        problems.append(f"{student}: {len(attempts)} attempts stored")
    stored = database.answers(student)
    pairs = [(row["situation_id"], row["answer"]) for row in stored]
    if pairs != [(body["situation"], body["answer"]) for body in answered]:
        problems.append(f"{student}: acknowledged answers {[b['situation'] for b in answered]}, stored {pairs}")
    for attempt in attempts:
        if json.loads(attempt["path"]) != [body["situation"] for body in answered]:
            problems.append(f"{student}: the attempt's path {attempt['path']} is not the acknowledged one")
    last = ledger.last("start_attempt", "answer", "advance")
    if last:
        version = last[1]["state"]["version"]
        kept = _one(database.user_state(ledger.usage, student).get("attempt_version", []), "attempt_version", student,
                    problems)
        if kept != version or database.version(student, ledger.usage) != [version]:
            problems.append(f"{student}: acknowledged version {version}, stored {kept} and "
                            f"{database.version(student, ledger.usage)}")
    return problems


def _labels(learner_map):
    return sorted(actor["label"] for actor in learner_map.get("actors", []))


def network(database, ledger):
    """The last acknowledged map is the learner's and (once submitted) the instructor's; one submission."""
    problems, student = [], ledger.student
    submitted = ledger.last("submit")
    rows = database.submissions(student)
    if len(rows) != (1 if submitted else 0):
        problems.append(f"{student}: {len(rows)} submissions stored, {ledger.count('submit')} acknowledged")
    if submitted and rows and _labels(rows[0]["map"]) != _labels(submitted[0]["map"]):
        problems.append(f"{student}: the submitted map is not the acknowledged one: {_labels(rows[0]['map'])}")
    last = ledger.last("save_map", "submit")
    if last:
        body, answer = last
        state = database.user_state(ledger.usage, student)
        kept = _one(state.get("learner_map", []), "learner_map", student, problems) or {}
        version = _one(state.get("map_version", []), "map_version", student, problems)
        if _labels(kept) != _labels(body["map"]):
            problems.append(f"{student}: the learner's map {_labels(kept)} is not the acknowledged one")
        if version != answer["version"] or database.version(student, ledger.usage) != [answer["version"]]:
            problems.append(f"{student}: acknowledged version {answer['version']}, stored {version}")
    return problems
