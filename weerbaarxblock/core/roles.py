"""Who is looking at a block, read from the runtime's ``user`` service.

In the LMS the service's current user carries ``opt_attrs`` keyed
``edx-platform.*`` (see edx-platform's ``DjangoXBlockUserService``); the demo's
service fills the same keys, so one code path serves both.

Studio recognises authors in two ways. Its preview runtime sets
``is_author_mode``. Its editor (``studio_view`` and the handlers it posts to,
Studio's ``component_handler``) runs on the modulestore runtime instead: no
``is_author_mode``, and a user service without the staff flag; there the
``studio_user_permissions`` service answers ``can_write(course_key)``.
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
    studio_can_write: bool = False  # Studio's editor runtime: ``studio_user_permissions.can_write``

    @property
    def may_author(self):
        """Studio save handlers: course staff, the authoring runtime, or a Studio user with write access."""
        return self.is_staff or self.in_authoring_runtime or self.studio_can_write


def current_viewer(block):
    runtime = block.runtime
    in_authoring = bool(getattr(runtime, "is_author_mode", False))
    service = runtime.service(block, "user") if _has_service(block, "user") else None
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
        in_authoring_runtime=in_authoring,
        studio_can_write=_studio_can_write(block),
    )


def _studio_can_write(block):
    """True when Studio's permission service says the current user may change this course."""
    if not _has_service(block, STUDIO_PERMISSIONS):
        return False
    can_write = getattr(block.runtime.service(block, STUDIO_PERMISSIONS), "can_write", None)
    context_key = getattr(block.scope_ids.usage_id, "context_key", None)
    return bool(callable(can_write) and context_key is not None and can_write(context_key))


def learner_name(block, learner_id, fallback=""):
    """A learner's display name from their anonymous id, where the platform can tell."""
    service = block.runtime.service(block, "user") if _has_service(block, "user") else None
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
