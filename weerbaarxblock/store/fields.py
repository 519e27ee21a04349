"""The store's two kinds of text column besides free text: identifiers matched exactly, and names cut to fit.

MySQL's and MariaDB's default collations compare case-, accent- and (with PAD SPACE) trailing-space-
insensitively: "Anna", "anna", "ánna" and "anna " would be one learner, and the unique constraints would refuse
the second of them. ``KeyField`` gives its column a binary collation on MySQL and MariaDB only, chosen per
server in ``db_parameters``, so migrations stay the same on every backend (Django's ``db_collation`` would name
the collation on SQLite too, which has none of these). SQLite already compares text exactly.
"""
from django.db import models

from weerbaarxblock.core.queries import fit_to_column

KEY_LENGTH = 255


def binary_collation(connection):
    """A utf8mb4 collation that compares code points and keeps trailing spaces significant (NO PAD)."""
    if connection.mysql_is_mariadb:
        return "utf8mb4_nopad_bin"
    if connection.mysql_version >= (8, 0, 17):
        return "utf8mb4_0900_bin"
    return "utf8mb4_bin"  # MySQL 5.7: exact in case and accents; trailing spaces still pad there


class KeyField(models.CharField):
    """An identifier (course key, usage key, anonymous learner id, ...): equal only when identical."""

    def __init__(self, *args, max_length=KEY_LENGTH, **kwargs):
        super().__init__(*args, max_length=max_length, **kwargs)

    def db_parameters(self, connection):
        params = super().db_parameters(connection)
        if connection.vendor == "mysql" and not self.db_collation:
            params["collation"] = binary_collation(connection)
        return params


class NameField(models.CharField):
    """A person's name as shown to staff: cut to the column on every write, never refused for its length.

    ``pre_save`` covers ``save()`` and ``create()`` (and keeps the instance equal to its row); ``get_prep_value``
    covers ``update()`` and exact lookups, so every write cuts through ``fit_to_column``.
    """

    def pre_save(self, model_instance, add):
        value = fit_to_column(super().pre_save(model_instance, add), self.max_length)
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        return fit_to_column(super().get_prep_value(value), self.max_length)
