"""Imitations of where the platform keeps a learner's field data when nobody may change it.

- ``MasqueradingKvs``: ``lms/djangoapps/courseware/masquerade.py`` ``MasqueradingKeyValueStore``.
  Reads fall through to the learner's store; writes and deletes stay in the staff member's
  session (a deletion is a marker there). ``block_render.py`` ``get_block_for_descriptor`` wraps
  the learner's ``DjangoKeyValueStore`` in it when ``is_masquerading_as_specific_student``.
- ``SessionKvs``: ``cms/djangoapps/contentstore/views/session_kv_store.py``: Studio's preview
  keeps the preview user's field data in the session only (``preview.py`` ``_load_preview_block``).
- ``as_specific_learner``: ``masquerade.py`` ``setup_masquerade`` returns the learner's user with
  ``real_user`` (the staff member) and ``masquerade_settings`` set on it.
- ``student_field_data``: ``lms/djangoapps/lms_xblock/field_data.py`` ``LmsFieldData`` (and
  Studio's ``CmsFieldData``): content scopes from the authored data, user scopes from the student store.
"""
from django.contrib.auth import get_user_model
from xblock.field_data import SplitFieldData
from xblock.fields import Scope
from xblock.runtime import KeyValueStore, KvsFieldData

_DELETED = object()


class Session(dict):
    """A Django session: a dict with a ``modified`` flag."""

    modified = False


def _session_key(key):
    return repr(tuple(key))


class MasqueradingKvs(KeyValueStore):
    def __init__(self, kvs, session):
        self.kvs = kvs
        self.session = session
        self.session_data = session.setdefault("masquerade_data", {})

    def get(self, key):
        value = self.session_data.get(_session_key(key), None)
        if _session_key(key) not in self.session_data:
            return self.kvs.get(key)
        if value is _DELETED:
            raise KeyError(_session_key(key))
        return value

    def set(self, key, value):
        self.session_data[_session_key(key)] = value
        self.session.modified = True

    def delete(self, key):
        self.set(key, _DELETED)

    def has(self, key):
        if _session_key(key) not in self.session_data:
            return self.kvs.has(key)
        return self.session_data[_session_key(key)] is not _DELETED


class SessionKvs(KeyValueStore):
    def __init__(self, session):
        self.session = session

    def get(self, key):
        return self.session[tuple(key)]

    def set(self, key, value):
        self.session[tuple(key)] = value

    def delete(self, key):
        del self.session[tuple(key)]

    def has(self, key):
        return tuple(key) in self.session


def as_specific_learner(learner_user, staff_user, course_key):
    """The learner's user as ``setup_masquerade`` returns it: a fresh instance pointing at the staff member."""
    user = get_user_model().objects.get(pk=learner_user.pk)
    user.profile = learner_user.profile
    settings = {course_key: {"role": "student", "user_name": learner_user.username}}
    staff_user.masquerade_settings = settings
    user.masquerade_settings = settings
    user.real_user = staff_user
    return user


def student_field_data(authored, student_kvs):
    student = KvsFieldData(student_kvs)
    return SplitFieldData({
        Scope.content: authored, Scope.settings: authored, Scope.parent: authored, Scope.children: authored,
        Scope.user_state_summary: student, Scope.user_state: student, Scope.user_info: student,
        Scope.preferences: student,
    })
