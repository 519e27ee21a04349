"""The store as MySQL and MariaDB hold it: index sizes, exact identifiers, names cut to fit, 4-byte text, real locks.

The index-size test is plain arithmetic and runs everywhere. The rest is marked ``mariadb``: it runs in
`make test-hardening` against the throwaway server of `.ci/mariadb`, under both isolation levels.
"""
import threading

import pytest
from django.apps import apps
from django.db import DatabaseError, IntegrityError, connection, connections, models, transaction
from django.utils import timezone

from weerbaarxblock.core.queries import atomic_with_retry, fit_to_column
from weerbaarxblock.store.fields import KeyField, NameField

INNODB_KEY_LIMIT = 3072  # bytes, for DYNAMIC and COMPRESSED rows (MySQL 5.7+, MariaDB 10.2+)
UTF8MB4 = 4  # bytes per character
FIXED_BYTES = {
    "AutoField": 4, "BigAutoField": 8, "IntegerField": 4, "PositiveIntegerField": 4, "BigIntegerField": 8,
    "SmallIntegerField": 2, "PositiveSmallIntegerField": 2, "BooleanField": 1, "DateTimeField": 8,
    "DateField": 3, "FloatField": 8,
}
# Ids that MySQL's default collations would take for one learner (case, accent, trailing space).
LOOKALIKE_IDS = ["anna", "Anna", "ANNA", "ánna", "anna "]
EMOJI_TEXT = "Bellen 📞 met de wijkagent 👮🏽‍♀️ 😀"

mariadb = pytest.mark.mariadb


def store_models():
    return list(apps.get_app_config("weerbaarxblock").get_models())


def column_bytes(field):
    if field.is_relation:
        return column_bytes(field.target_field)
    if isinstance(field, models.CharField):
        return field.max_length * UTF8MB4
    return FIXED_BYTES[field.get_internal_type()]  # a KeyError names a type this table should learn


def index_keys(model):
    """``(name, [field, ...])`` of every index and unique key Django creates for ``model``."""
    meta = model._meta
    keys = [(index.name, index.fields) for index in meta.indexes]
    keys += [(constraint.name, constraint.fields) for constraint in meta.constraints
             if isinstance(constraint, models.UniqueConstraint)]
    keys += [(f"{meta.db_table}.{field.name}", [field.name]) for field in meta.local_fields
             if (field.db_index or field.unique) and not field.primary_key]
    return [(name, [meta.get_field(field_name.lstrip("-")) for field_name in names]) for name, names in keys]


def test_every_index_fits_innodbs_key_limit_in_utf8mb4():
    sizes = {name: sum(column_bytes(field) for field in fields)
             for model in store_models() for name, fields in index_keys(model)}
    assert sizes["weerbaar_scen_attempt_idx"] == 3 * 255 * UTF8MB4  # the largest today: 3,060 bytes
    assert {name: size for name, size in sizes.items() if size > INNODB_KEY_LIMIT} == {}


def test_identifier_columns_are_keys_and_name_columns_are_names():
    for model in store_models():
        for field in model._meta.local_fields:
            if field.name in ("course_key", "usage_key", "learner_id", "reviewer_id", "situation_id"):
                assert isinstance(field, KeyField), f"{model.__name__}.{field.name}"
            if field.name.endswith("_name"):
                assert isinstance(field, NameField), f"{model.__name__}.{field.name}"


def test_a_name_is_cut_by_characters_not_bytes():
    assert fit_to_column("é" * 300, 255) == "é" * 255
    assert fit_to_column("😀" * 300, 255) == "😀" * 255
    assert fit_to_column("Anna", 255) == "Anna"


@mariadb
@pytest.mark.django_db
def test_every_index_exists_whole_on_the_server():
    """Without strict mode MySQL would shorten a too-long index to a prefix; here every column is indexed whole."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT INDEX_NAME, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'weerbaarxblock\\_%%'"
        )
        rows = cursor.fetchall()
    created = {name for name, _column, _part in rows}
    expected = {name for model in store_models() for name, _fields in index_keys(model) if "." not in name}
    assert expected <= created
    assert [row for row in rows if row[2] is not None] == []


@mariadb
@pytest.mark.django_db
def test_tables_are_utf8mb4_and_keys_compare_exactly():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'weerbaarxblock\\_%%' AND COLLATION_NAME IS NOT NULL"
        )
        columns = {(table, column): (charset, collation) for table, column, charset, collation in cursor.fetchall()}
    assert {charset for charset, _collation in columns.values()} == {"utf8mb4"}
    for model in store_models():
        for field in model._meta.local_fields:
            if isinstance(field, KeyField):
                assert columns[(model._meta.db_table, field.column)][1] == "utf8mb4_nopad_bin", field


def entry(learner_id, usage_key="block-v1:Gemeente+W1+2026+type@weerbaar_reflection+block@r1", **values):
    moment = timezone.now()
    return apps.get_model("weerbaarxblock", "ReflectionEntry").objects.create(
        course_key="course-v1:Gemeente+W1+2026", usage_key=usage_key, learner_id=learner_id,
        updated_at=moment, **values,
    )


@mariadb
@pytest.mark.django_db
def test_learner_ids_that_differ_only_in_case_accent_or_trailing_space_are_different_learners():
    for learner_id in LOOKALIKE_IDS:
        entry(learner_id, learner_name=f"Leerling {learner_id!r}")
    rows = apps.get_model("weerbaarxblock", "ReflectionEntry").objects
    assert sorted(rows.values_list("learner_id", flat=True)) == sorted(LOOKALIKE_IDS)
    for learner_id in LOOKALIKE_IDS:
        assert list(rows.filter(learner_id=learner_id).values_list("learner_id", flat=True)) == [learner_id]


@mariadb
@pytest.mark.django_db
def test_usage_keys_that_differ_only_in_case_are_different_blocks():
    entry("anna", usage_key="block-v1:G+W1+2026+type@weerbaar_reflection+block@abc")
    entry("anna", usage_key="block-v1:G+W1+2026+type@weerbaar_reflection+block@ABC")
    rows = apps.get_model("weerbaarxblock", "ReflectionEntry").objects
    assert rows.filter(usage_key="block-v1:G+W1+2026+type@weerbaar_reflection+block@abc").count() == 1


@mariadb
@pytest.mark.django_db
def test_a_300_character_name_is_stored_cut_by_create_save_and_update():
    name = "Maria-José " + "van den Berg-" * 23  # 310 characters, accents included
    row = entry("anna", learner_name=name)
    assert row.learner_name == name[:255]
    row.refresh_from_db()
    assert row.learner_name == name[:255]
    model = apps.get_model("weerbaarxblock", "ReflectionEntry")
    model.objects.filter(id=row.id).update(learner_name="😀" + name)
    assert model.objects.get(id=row.id).learner_name == ("😀" + name)[:255]


def sample_value(field, parents):
    """A value for ``field`` with 4-byte characters wherever the column holds text."""
    if field.is_relation:
        return parents[field.related_model]
    if isinstance(field, models.JSONField):
        return {"tekst": EMOJI_TEXT, "lijst": [EMOJI_TEXT]}
    if isinstance(field, models.TextField):
        return EMOJI_TEXT * 50
    if isinstance(field, models.CharField):
        return (EMOJI_TEXT * 20)[: field.max_length]
    if isinstance(field, models.DateTimeField):
        return timezone.now()
    if isinstance(field, models.BooleanField):
        return False
    return 1


@mariadb
@pytest.mark.django_db
def test_4_byte_text_survives_every_text_column():
    """Every model of the store, every field: a row full of emoji reads back exactly as written."""
    parents = {}
    pending = store_models()
    while pending:
        model = next(model for model in pending
                     if all(field.related_model in parents for field in model._meta.local_fields if field.is_relation))
        pending.remove(model)
        values = {field.name: sample_value(field, parents) for field in model._meta.local_fields
                  if not field.primary_key and not getattr(field, "auto_now_add", False)}
        row = model.objects.create(**values)
        parents[model] = row
        stored = model.objects.get(pk=row.pk)
        for name, value in values.items():
            if isinstance(value, str | dict):
                assert getattr(stored, name) == value, f"{model.__name__}.{name}"


def in_threads(*works):
    """Run each of ``works`` on a thread of its own (so on its own database connection), all at once.

    Returns per work ``{"value": ...}`` or ``{"error": ...}``.
    """
    results = [{} for _work in works]

    def run(work, result):
        try:
            result["value"] = work()
        except Exception as error:  # noqa: BLE001 - handed back to the test to inspect
            result["error"] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=pair) for pair in zip(works, results, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


@mariadb
@pytest.mark.django_db(transaction=True)
def test_a_locked_entry_row_is_locked_for_every_other_connection_until_commit():
    model = apps.get_model("weerbaarxblock", "ReflectionEntry")
    row = entry("anna")

    def lock_without_waiting():
        with transaction.atomic():
            return model.objects.select_for_update(nowait=True).get(id=row.id).learner_id

    with transaction.atomic():
        model.objects.select_for_update().get(id=row.id)
        assert isinstance(in_threads(lock_without_waiting)[0].get("error"), DatabaseError)
    assert in_threads(lock_without_waiting) == [{"value": "anna"}]


@mariadb
@pytest.mark.django_db(transaction=True)
def test_parallel_inserts_of_one_learner_keep_one_row_and_lookalikes_keep_their_own():
    def insert(learner_id):
        def work():
            barrier.wait(10)
            try:  # on REPEATABLE READ, InnoDB may pick parallel duplicate inserts as deadlock victims: retried
                atomic_with_retry(lambda: entry(learner_id))
            except IntegrityError:
                return "duplicate"
            return "inserted"
        return work

    learner_ids = [*LOOKALIKE_IDS, "anna"]
    barrier = threading.Barrier(len(learner_ids))
    results = in_threads(*(insert(learner_id) for learner_id in learner_ids))
    assert sorted(result.get("value", repr(result.get("error"))) for result in results) == (
        ["duplicate"] + ["inserted"] * len(LOOKALIKE_IDS)
    )
    rows = apps.get_model("weerbaarxblock", "ReflectionEntry").objects
    assert sorted(rows.values_list("learner_id", flat=True)) == sorted(LOOKALIKE_IDS)
