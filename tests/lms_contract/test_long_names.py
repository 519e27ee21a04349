"""A learner whose full name is longer than the store's name columns: every write answers, the name is cut one way.

On MySQL and MariaDB (strict mode) an uncut 300-character name would make the insert fail: a 500.
"""
import pytest
from django.apps import apps

from weerbaarxblock.core.queries import fit_to_column

from .activities import add_demo, play
from .conftest import BLOCK_TYPES

LONG_NAME = "Anne-Sophie " + "van der Meulen-Ötztürk " * 13  # 311 characters, accents included


def stored_names():
    names = set()
    for model in apps.get_app_config("weerbaarxblock").get_models():
        if any(field.name == "learner_name" for field in model._meta.local_fields):
            names |= set(model.objects.values_list("learner_name", flat=True))
    return names


@pytest.mark.parametrize("block_type", [block_type for block_type in BLOCK_TYPES if block_type != "weerbaar_probe"])
def test_a_300_character_name_never_fails_a_write_and_is_stored_cut(lms, block_type):
    person = lms.add_person("lange_naam", LONG_NAME)
    key = add_demo(lms, block_type)
    answers = play(lms, lms.lms_block(key, person), block_type)
    assert [name for name, (status, _data) in answers if status >= 500] == []
    assert stored_names() <= {fit_to_column(LONG_NAME, 255)}
