"""What every activity's ``queries`` module shares: lazy models, the time, ISO dates, transactions that survive
a deadlock, rows created without locking what does not exist yet, and the learner's version.

The runtime imports a block's module when it loads the XBlock class, which can happen before Django's app
registry is ready. So ``queries`` modules never import models at the top: ``lazy_model`` stands in for the
model class and looks it up the first time an attribute is read.
"""
import functools
import random
import time

from django.apps import apps
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone

from weerbaarxblock.core.rules.names import name_words, prefix_range, words_start_with
from weerbaarxblock.core.rules.ordering import ordered_rows
from weerbaarxblock.core.rules.problems import Problem, StaleVersion, check_version

APP_LABEL = "weerbaarxblock"
ATTEMPTS = 4
# MySQL and MariaDB: 1213 "Deadlock found", 1205 "Lock wait timeout exceeded". SQLite says it in words.
LOCK_ERROR_CODES = (1213, 1205)


class lazy_model:  # noqa: N801 - used like the model class it stands for
    """``lazy_model("ReflectionEntry").objects`` is ``ReflectionEntry.objects``, resolved on first use."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attribute):
        return getattr(apps.get_model(APP_LABEL, self._name), attribute)


LearnerVersion = lazy_model("LearnerVersion")
LearnerNameWord = lazy_model("LearnerNameWord")


def now():
    return timezone.now()


def iso(moment):
    return moment.isoformat() if moment else None


def id_pages(rows, size=500):
    """The ids of ``rows`` (a queryset), in their order, in lists of ``size``: a read of many rows goes a page at
    a time, each page read by id as plain values. ``iterator()`` would not do: MySQL's driver holds a query's whole
    result in memory however it is iterated, and model instances with prefetched relations hold each other in
    cycles, which only the garbage collector frees."""
    ids = list(rows.values_list("id", flat=True))
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def fit_to_column(text, length):
    """``text`` cut to a column of ``length`` characters, the one way every name is cut before it is stored.

    The store's name columns call it on every write (``store/fields.py`` ``NameField``), so a name longer than
    its column is stored cut, the same by every writer, where MySQL's strict mode would refuse the row (a 500).
    """
    return text[:length] if isinstance(text, str) else text


def is_lock_conflict(error):
    """Whether the database refused ``error``'s transaction only because another one held what it needed."""
    code = error.args[0] if error.args else None
    return code in LOCK_ERROR_CODES or "database is locked" in str(error)


def atomic_with_retry(work, attempts=ATTEMPTS):
    """``work()`` in one transaction, run again from the start when the database chose it as a deadlock victim.

    All of a handler's writes go in one ``work``, so a failure leaves nothing half written. Inside an outer
    transaction (a rehearsal, ``ATOMIC_REQUESTS``) a deadlock has ended the outer one as well: only its owner
    could retry, so ``work`` then runs once, in a savepoint.
    """
    if transaction.get_connection().in_atomic_block:
        with transaction.atomic():
            return work()
    for attempt in range(1, attempts + 1):
        try:
            with transaction.atomic():
                return work()
        except OperationalError as error:
            if attempt == attempts or not is_lock_conflict(error):
                raise
            time.sleep(random.uniform(0.01, 0.05) * attempt)  # noqa: S311 - jitter, not secrecy
    raise AssertionError("unreachable")  # pragma: no cover


def create_if_missing(rows, **values):
    """Insert the row that ``rows`` selects if it is not there yet; True when this call inserted it.

    Nothing is locked while it does not exist: on MySQL a locking read of a missing row takes a gap lock, and
    two such locks meeting at their inserts deadlock (error 1213). A parallel request that inserted the same
    row first is fine (the unique constraint refuses ours); the caller then locks or updates the row that is.
    """
    if rows.exists():
        return False
    try:
        with transaction.atomic():
            rows.model.objects.create(**values)
    except IntegrityError:
        return False
    return True


def claim_version(keys, learner_id, sent, *, code, mirror, rehearsal=False, closed_by=None):
    """Raise the learner's version at the block from ``sent``; ``(new version, ISO time)``, or ``StaleVersion``.

    Call it inside the transaction of the handler's other writes (``atomic_with_retry``): the conditional
    UPDATE locks the row until that transaction ends, so of two requests made from the same version exactly
    one gets it. ``mirror`` is ``(version, saved_at)`` from the block's ``user_state``: the version a learner
    without a row yet starts from. In a rehearsal (preview, masquerade) the mirror, kept in the staff
    member's session, is all there is: the learner's row is neither read nor written.
    ``closed_by``: ``(model, problem code)``: while the learner has a row of ``model`` at the block (a
    submission) nothing may change, whatever the version (a stale version is still a ``StaleVersion``); checked
    in the claiming UPDATE itself.
    """
    if rehearsal:
        check_version(sent, mirror[0], code, saved_at=mirror[1])
        return sent + 1, iso(now())
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("claim_version must run in the transaction of the writes it guards")
    course_key, usage_key = keys
    closing_model = closed_by[0] if closed_by else None
    moment = now()
    # The usual save: one UPDATE of the row that is there. A learner's first save creates the row, then claims.
    if _claimed(usage_key, learner_id, sent, moment, closing_model):
        return sent + 1, iso(moment)
    rows = LearnerVersion.objects.filter(usage_key=usage_key, learner_id=learner_id)
    create_if_missing(rows, course_key=course_key, usage_key=usage_key, learner_id=learner_id,
                      version=mirror[0], changed_at=moment)
    if _claimed(usage_key, learner_id, sent, moment, closing_model):
        return sent + 1, iso(moment)
    # A locking read: it sees the version the other request committed, where a plain read could see a snapshot.
    current = rows.select_for_update().values_list("version", "changed_at").first() or (mirror[0], None)
    if closed_by and current[0] == sent:  # the sender's version: refused only because the closing row exists
        raise Problem(closed_by[1])
    raise StaleVersion(code, current[0], iso(current[1]) or mirror[1])


def _claimed(usage_key, learner_id, sent, moment, closing_model=None):
    """Whether the learner's version row at the block went from ``sent`` to the next (and no row of
    ``closing_model`` is theirs). Every learner write runs this UPDATE, so it is written in SQL: the ORM spends
    several times longer building it than the database running it."""
    connection = transaction.get_connection()
    version_model = apps.get_model(APP_LABEL, "LearnerVersion")
    changed_at = version_model._meta.get_field("changed_at").get_db_prep_value(moment, connection)
    closing = closing_model._meta.label if closing_model is not None else None
    params = [changed_at, usage_key, learner_id, sent] + ([usage_key, learner_id] if closing else [])
    with connection.cursor() as cursor:
        cursor.execute(_claim_sql(connection.vendor, closing), params)
        return cursor.rowcount > 0


@functools.lru_cache
def _claim_sql(vendor, closing_label=None):
    """The claiming UPDATE's text for a database ``vendor``, written once per process (``_claimed``)."""
    connection = transaction.get_connection()
    name, version_model = connection.ops.quote_name, apps.get_model(APP_LABEL, "LearnerVersion")
    column = _columns(version_model)
    sql = (f"UPDATE {name(version_model._meta.db_table)} SET {column['version']} = {column['version']} + 1, "
           f"{column['changed_at']} = %s WHERE {column['usage_key']} = %s AND {column['learner_id']} = %s "
           f"AND {column['version']} = %s")
    if closing_label:
        closing_model = apps.get_model(closing_label)
        closing = _columns(closing_model)
        sql += (f" AND NOT EXISTS (SELECT 1 FROM {name(closing_model._meta.db_table)} "
                f"WHERE {closing['usage_key']} = %s AND {closing['learner_id']} = %s)")
    return sql


def _columns(model):
    """{field name: quoted column} of ``model``."""
    quote = transaction.get_connection().ops.quote_name
    return {field.name: quote(field.column) for field in model._meta.concrete_fields}


def pseudonymous_search(rows, search, named):
    """``rows`` of the learners whose name as staff see it, ``named(learner_id)`` (a pseudonym where the author
    chose so), holds ``search``: the stored real names are not searched, so a real name finds no one."""
    wanted = search.casefold()
    learners = rows.order_by().values_list("learner_id", flat=True).distinct()
    return rows.filter(learner_id__in=[learner for learner in learners if wanted in named(learner).casefold()])


def forget_versions(usage_key, learner_id):
    """The learner's version row at the block goes with the rest of their state."""
    LearnerVersion.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()


# ---- finding learners by name (core/rules/names.py) --------------------------------------------------------------


FEW_NAMED = 100  # rows of a word's range read to tell a rare word from a common one (named_learners)


def remember_name(keys, learner_id, name):
    """Store the words of the learner's ``name`` at the block, in place of those stored before (a few rows)."""
    course_key, usage_key = keys
    words = name_words(name)
    stored = LearnerNameWord.objects.filter(usage_key=usage_key, learner_id=learner_id)
    if sorted(words) == sorted(stored.values_list("word", flat=True)):
        return
    stored.delete()
    word_model = apps.get_model(APP_LABEL, "LearnerNameWord")
    word_model.objects.bulk_create([
        word_model(course_key=course_key, usage_key=usage_key, learner_id=learner_id, word=word) for word in words
    ])


def forget_name(usage_key, learner_id):
    """The words of the learner's name at the block go with the rest of their rows."""
    LearnerNameWord.objects.filter(usage_key=usage_key, learner_id=learner_id).delete()


def name_search(usage_key, search):
    """``(filter, few)``: a filter of a block's rows (with ``learner_id`` and ``learner_name``) to the learners
    ``search`` names; ``few`` when they are a few learners, named one by one (``named_learners``). Order the rows
    of a few learners after reading them (``page_of``): to return them in order, a database would rather walk the
    block's ordered index past every other learner's rows."""
    named = named_learners(usage_key, search)
    if named is None:
        return Q(learner_name__icontains=search), False
    return Q(learner_id__in=named), isinstance(named, list)


def page_of(rows, order, start, size, few=False):
    """The values ``rows[start:start + size]`` once ordered by ``order`` (``order_by``'s field names). ``few``: the
    rows are a few learners' (``name_search``), read whole and ordered here (``core/rules/ordering.py``)."""
    if few:
        return ordered_rows(rows.order_by(), order)[start:start + size]  # no model's default order either
    return list(rows.order_by(*order)[start:start + size])


def named_learners(usage_key, search):
    """The learners at the block whose name has, for each word of ``search``, a word that starts with it.

    Each word is a range of an index that starts with the block. The first ``FEW_NAMED`` rows of each range are
    read; a word with fewer (a surname with a number, a rare first name) names its learners in full, and the
    other words are checked on those few learners only, so a search for one learner costs the same in any class.
    Only when every word is common does the search intersect whole ranges in SQL: then what it finds, and its
    cost, grow with the class. None when the search has no word that names can hold (only punctuation, or
    letters outside a-z once accents are off): the caller then looks in the names themselves."""
    words = name_words(search)
    if not words:
        return None
    block_words = LearnerNameWord.objects.filter(usage_key=usage_key)
    ranges = {word: block_words.filter(word__range=prefix_range(word)) for word in words}
    first_rows = {word: list(rows.values_list("learner_id", flat=True)[:FEW_NAMED]) for word, rows in ranges.items()}
    complete = [set(learners) for learners in first_rows.values() if len(learners) < FEW_NAMED]
    if not complete:
        found = None
        for rows in ranges.values():
            learners = rows.values("learner_id")
            found = learners if found is None else learners.filter(learner_id__in=found)
        return found
    candidates = set.intersection(*complete)
    if len(words) > 1 and candidates:  # the common words, on the few; read even when none is, for equal queries
        their_words = {}
        for learner_id, word in block_words.filter(learner_id__in=candidates).values_list("learner_id", "word"):
            their_words.setdefault(learner_id, []).append(word)
        candidates = {learner for learner in candidates if words_start_with(their_words.get(learner, ()), words)}
    return sorted(candidates)
