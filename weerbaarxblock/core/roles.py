"""Who is looking at a block, read once per block instance from the runtime's services.

In the LMS the ``user`` service's current user carries ``opt_attrs`` keyed
``edx-platform.*`` (edx-platform's ``common/djangoapps/xblock_django/user_service.py``,
``DjangoXBlockUserService``); the demo's service fills the same keys, so one code path serves both.

Authors: whoever Studio's ``studio_user_permissions`` service lets change the
course. Studio gives that service to its editor runtime (``views/component.py``,
``load_services_for_studio``) and to its preview runtime
(``cms/djangoapps/contentstore/views/preview.py``, ``_prepare_runtime_for_preview``).
The LMS gives none: its content and settings fields are read-only there
(``lms/djangoapps/lms_xblock/field_data.py``, ``LmsFieldData``), so course staff in
the LMS are not authors. Content libraries (v2) use
``openedx/core/djangoapps/xblock/runtime/runtime.py``, which offers no such
service either: nobody can author these blocks in a library.

Two places may show a learner's view but must never change a learner's records:

- Studio's preview (``preview.py``): the runtime has ``is_author_mode``; field
  data for the preview user lives in the Studio session (``SessionKeyValueStore``).
- "View this course as: specific learner" (``lms/djangoapps/courseware/masquerade.py``).
  ``setup_masquerade`` returns the learner's Django user with ``real_user`` set to
  the staff member (``masquerade_user.real_user = request.user``), and
  ``lms/djangoapps/courseware/block_render.py`` (``get_module_system_for_user``)
  builds ``DjangoXBlockUserService(user, ...)`` from that user, while
  ``get_block_for_descriptor`` swaps the learner's field data for a
  ``MasqueradingKeyValueStore`` kept in the staff member's session. The user
  service exposes no flag for it, so the Django user it was built from is the one
  place the block can see the masquerade.

In both, ``Viewer.may_write`` is False: ``core.api`` then runs learner handlers
against the session-kept fields only (see ``api.rehearse``).
"""
from dataclasses import dataclass

ATTR_STAFF = "edx-platform.user_is_staff"
ATTR_ANON_ID = "edx-platform.anonymous_user_id"
ATTR_USERNAME = "edx-platform.username"
ATTR_AUTHENTICATED = "edx-platform.is_authenticated"
ATTR_WORKBENCH_ID = "xblock-workbench.user_id"
STUDIO_PERMISSIONS = "studio_user_permissions"


@dataclass(frozen=True)
class Viewer:
    """The current user as the blocks need them."""

    learner_id: str  # per-course anonymous id in the LMS; the workbench's student id in the demo
    username: str
    display_name: str
    is_staff: bool
    is_authenticated: bool
    in_authoring_runtime: bool  # Studio's preview runtime (``runtime.is_author_mode``)
    studio_can_write: bool = False  # ``studio_user_permissions`` grants write access to this course
    is_masquerading: bool = False  # course staff viewing the course as this specific learner

    @property
    def may_author(self):
        """Change content and settings: only who Studio's permission service says may write."""
        return self.studio_can_write

    @property
    def may_write(self):
        """Write records in the learner's name (rows, grades, completion, events): not in preview or masquerade."""
        return self.is_authenticated and not self.in_authoring_runtime and not self.is_masquerading


def current_viewer(block):
    """The viewer, computed from the services; ``WeerbaarBlock.viewer`` keeps it per instance."""
    runtime = block.runtime
    service = user_service(block)
    user = service.get_current_user() if service else None
    attrs = dict(getattr(user, "opt_attrs", None) or {})
    scope_user = block.scope_ids.user_id
    learner_id = attrs.get(ATTR_ANON_ID) or attrs.get(ATTR_WORKBENCH_ID) or scope_user
    username = attrs.get(ATTR_USERNAME) or (str(scope_user) if scope_user is not None else "")
    full_name = getattr(user, "full_name", None) or ""
    authenticated = attrs.get(ATTR_AUTHENTICATED, learner_id is not None)
    return Viewer(
        learner_id=str(learner_id) if learner_id is not None else "",
        username=username,
        display_name=full_name or username,
        is_staff=bool(attrs.get(ATTR_STAFF, False)),
        is_authenticated=bool(authenticated) and learner_id is not None,
        in_authoring_runtime=bool(getattr(runtime, "is_author_mode", False)),
        studio_can_write=_studio_can_write(block),
        is_masquerading=is_masquerade(service),
    )


def user_service(block):
    return block.runtime.service(block, "user") if _has_service(block, "user") else None


def is_masquerade(service):
    """True when the user service was built for a learner whom a staff member views the course as.

    ``DjangoXBlockUserService`` keeps the Django user it was built from as ``_django_user``; under a
    specific-learner masquerade that user carries ``real_user`` (the staff member), set by
    ``setup_masquerade`` in ``lms/djangoapps/courseware/masquerade.py``.
    """
    django_user = getattr(service, "_django_user", None)
    real_user = getattr(django_user, "real_user", None)
    if django_user is None or real_user is None:
        return False
    return getattr(real_user, "pk", None) != getattr(django_user, "pk", None)


def _studio_can_write(block):
    """True when Studio's permission service says the current user may change this course.

    Newer platforms name the check ``can_edit_content`` and deprecate ``can_write``
    (``openedx/core/djangoapps/content/services.py``); both take the context key.
    """
    if not _has_service(block, STUDIO_PERMISSIONS):
        return False
    permissions = block.runtime.service(block, STUDIO_PERMISSIONS)
    check = getattr(permissions, "can_edit_content", None) or getattr(permissions, "can_write", None)
    return bool(callable(check) and check(getattr(block.scope_ids.usage_id, "context_key", None)))


def learner_name(block, learner_id, fallback=""):
    """A learner's display name from their anonymous id, where the platform can tell."""
    service = user_service(block)
    lookup = getattr(service, "get_user_by_anonymous_id", None)
    if lookup is None:
        return fallback
    try:
        user = lookup(learner_id)
    except Exception:  # noqa: BLE001 - an unknown id must not break a staff page
        return fallback
    if user is None:
        return fallback
    profile = getattr(user, "profile", None)
    name = getattr(profile, "name", "") or getattr(user, "full_name", "")
    if not name and hasattr(user, "get_full_name"):
        name = user.get_full_name()
    return name or getattr(user, "username", "") or fallback


def _has_service(block, name):
    try:
        return block.runtime.service(block, name) is not None
    except Exception:  # noqa: BLE001 - runtimes raise different errors for an unknown service
        return False
