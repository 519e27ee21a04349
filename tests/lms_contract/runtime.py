"""A test runtime that gives blocks the services the Open edX LMS and Studio give them.

edx-platform cannot be installed here, so this module rebuilds its XBlock
contract from its source (read, not copied):

- ``common/djangoapps/xblock_django/user_service.py`` and ``constants.py``:
  ``DjangoXBlockUserService`` and the ``opt_attrs`` keys of its current user, for
  authenticated and anonymous users, plus ``get_user_by_anonymous_id`` and
  ``get_anonymous_user_id``.
- ``lms/djangoapps/courseware/block_render.py``: the services the LMS builds per
  request (``completion`` only for authenticated users; ``i18n`` is the
  ``XBlockI18nService`` class, called with the block) and how it calls a handler:
  ``django_to_webob_request``, ``block.handle``, ``webob_to_django_response``.
- ``xmodule/services.py`` ``EventPublishingService``: ``grade`` becomes a score
  for the request's user (ignored for anonymous users; a ``user_id`` in the event
  is not used by the current LMS), ``completion`` goes to ``CompletionService``
  when completion tracking is on, anything else goes to the tracking log with the
  course context.
- ``xmodule/modulestore/django.py`` ``XBlockI18nService``: in ``i18n.py`` (atlas catalogs,
  then the package's ``text.mo``, else Django's own catalogs; the compiled JS catalog's URL).
- Studio: ``cms/djangoapps/contentstore/views/preview.py`` (the preview runtime
  has ``is_author_mode = True``; its user service has no staff flag and the
  anonymous id ``"student"``) and ``views/component.py`` with
  ``load_services_for_studio`` (the editor's handlers run on the modulestore
  runtime, with ``DjangoXBlockUserService(user)`` and ``studio_user_permissions``).
- ``openedx/core/djangoapps/user_api/accounts/signals.py`` and ``views.py``: retiring a learner, in
  ``retirement.py`` (the signals, their senders, ``anonymous_id_for_user``); ``LmsPlatform.retire``.
- ``lms/djangoapps/grades/signals/handlers.py`` (``SCORE_PUBLISHED``'s receiver) and
  ``lms/djangoapps/instructor/enrollment.py`` (reset attempts, delete learner state): in ``grades.py`` and
  ``enrollment.py``.
- ``lms/djangoapps/lms_xblock/mixin.py`` ``LmsBlockMixin``: every block in the LMS
  declares ``needs('i18n')`` and ``wants('completion')``.

Completion uses the real edx-completion models. The ``opt_attrs`` keys are spelt
out here, not imported from ``weerbaarxblock.roles``, so a typo there cannot hide.
"""
import copy
import functools
import hashlib
import importlib.resources
import itertools
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from types import SimpleNamespace

from completion.models import BlockCompletion
from completion.services import CompletionService
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from eventtracking import tracker as eventtracking
from eventtracking.backends.logger import DateTimeJSONEncoder
from opaque_keys.edx.keys import CourseKey, LearningContextKey
from xblock.core import XBlock, XBlockMixin
from xblock.django.request import django_to_webob_request, webob_to_django_response
from xblock.fields import ScopeIds
from xblock.reference.user_service import UserService, XBlockUser
from xblock.runtime import DictKeyValueStore, IdGenerator, IdReader, KvsFieldData, Runtime

from . import masquerade, retirement
from .grades import GradesApp
from .i18n import LmsI18nService, PlatformLocale

COURSE_KEY = CourseKey.from_string("course-v1:Divosa+OND101+2026")
STATIC_URL = "/static/"
RESOURCE_PREFIX = "xblock/resources/"  # XBlockPackageStorage.RESOURCE_PREFIX


def resource_package(block_class):
    """``xblock_resource_pkg`` of the unmixed class: its module minus its last part (``weerbaarxblock`` for every
    block of ours, whose classes are defined in ``weerbaarxblock/blocks.py``)."""
    block_class = getattr(block_class, "unmixed_class", block_class)
    return block_class.__module__.rsplit(".", 1)[0]


def collected_file(url):
    """The package file that ``collectstatic`` puts behind a ``local_resource_url``, or None.

    ``XBlockPipelineFinder`` gives each (package, ``resources_dir``) of the installed blocks a storage whose files
    are ``importlib.resources.files(<package>.rsplit(".", 1)[0]) / resources_dir / <path>`` in its current,
    importlib version (``weerbaarxblock`` has no dot: the package itself), and
    ``pkg_resources.resource_filename(<package>, resources_dir / <path>)`` in older releases: for ``weerbaarxblock``
    both are ``weerbaarxblock/<path>``. Collected as ``xblock/resources/<package>/<path>``.
    """
    prefix = STATIC_URL + RESOURCE_PREFIX
    if not url.startswith(prefix):
        return None
    package, _, path = url[len(prefix):].partition("/")
    block_classes = [cls for _name, cls in XBlock.load_classes() if resource_package(cls) == package]
    if not block_classes or PurePosixPath(path).suffix in (".py", ".pyc", ".scss"):  # the finder skips those
        return None
    found = importlib.resources.files(package.rsplit(".", 1)[0]) / block_classes[0].get_resources_dir() / path
    return found if found.is_file() else None

# XBlockUser.opt_attrs keys, as edx-platform's xblock_django/constants.py names them.
ANONYMOUS_USER_ID = "edx-platform.anonymous_user_id"
DEPRECATED_ANONYMOUS_USER_ID = "edx-platform.deprecated_anonymous_user_id"
REQUEST_COUNTRY_CODE = "edx-platform.request_country_code"
IS_AUTHENTICATED = "edx-platform.is_authenticated"
USER_ID = "edx-platform.user_id"
USERNAME = "edx-platform.username"
USER_IS_BETA_TESTER = "edx-platform.user_is_beta_tester"
USER_IS_GLOBAL_STAFF = "edx-platform.user_is_global_staff"
USER_IS_STAFF = "edx-platform.user_is_staff"
USER_PREFERENCES = "edx-platform.user_preferences"
USER_ROLE = "edx-platform.user_role"
USER_HAS_MANAGE_CONTENT = "edx-platform.user_has_manage_content"
USER_HAS_MANAGE_GRADES = "edx-platform.user_has_manage_grades"
USER_HAS_ACCESS_DATA_DOWNLOADS = "edx-platform.user_has_access_data_downloads"
USER_HAS_VIEW_ALL_CONTENT = "edx-platform.user_has_view_all_content"

AUTHENTICATED_KEYS = frozenset({
    ANONYMOUS_USER_ID, DEPRECATED_ANONYMOUS_USER_ID, IS_AUTHENTICATED, REQUEST_COUNTRY_CODE, USER_ID, USERNAME,
    USER_IS_BETA_TESTER, USER_IS_GLOBAL_STAFF, USER_IS_STAFF, USER_ROLE, USER_PREFERENCES, USER_HAS_MANAGE_CONTENT,
    USER_HAS_MANAGE_GRADES, USER_HAS_ACCESS_DATA_DOWNLOADS, USER_HAS_VIEW_ALL_CONTENT,
})
ANONYMOUS_KEYS = frozenset({IS_AUTHENTICATED, REQUEST_COUNTRY_CODE})


class UserDirectory:
    """edx-platform's AnonymousUserId table and user profiles: per-course anonymous ids and back."""

    def __init__(self):
        self._users = {}

    def anonymous_id_for_user(self, user, course_key):
        if user is None or not user.is_authenticated:
            return None
        anonymous_id = hashlib.sha256(f"{settings.SECRET_KEY}|{user.id}|{course_key}".encode()).hexdigest()[:32]
        self._users.setdefault(anonymous_id, user)
        return anonymous_id

    def user_by_anonymous_id(self, uid):
        return self._users.get(uid) if uid else None


class LmsUserService(UserService):
    """``DjangoXBlockUserService``: the Django user of the request, as an XBlockUser."""

    def __init__(self, django_user, directory, **kwargs):
        super().__init__()
        self._django_user = django_user
        self._directory = directory
        self._user_is_beta_tester = kwargs.get("user_is_beta_tester", False)
        self._user_is_global_staff = kwargs.get("user_is_global_staff", False)
        self._user_is_staff = kwargs.get("user_is_staff", False)
        self._user_role = kwargs.get("user_role", "student")
        self._anonymous_user_id = kwargs.get("anonymous_user_id")
        self._deprecated_anonymous_user_id = kwargs.get("deprecated_anonymous_user_id")
        self._request_country_code = kwargs.get("request_country_code")

    def get_current_user(self):
        xblock_user = XBlockUser(is_current_user=True)
        user = self._django_user
        if user is not None and user.is_authenticated:
            profile = getattr(user, "profile", None)
            xblock_user.full_name = profile.name if profile is not None else None
            xblock_user.emails = [user.email]
            xblock_user.opt_attrs.update({
                ANONYMOUS_USER_ID: self._anonymous_user_id,
                DEPRECATED_ANONYMOUS_USER_ID: self._deprecated_anonymous_user_id,
                IS_AUTHENTICATED: True,
                REQUEST_COUNTRY_CODE: self._request_country_code,
                USER_ID: user.id,
                USERNAME: user.username,
                USER_IS_BETA_TESTER: self._user_is_beta_tester,
                USER_IS_GLOBAL_STAFF: self._user_is_global_staff,
                USER_IS_STAFF: self._user_is_staff,
                USER_ROLE: self._user_role,
                USER_PREFERENCES: {},
                USER_HAS_MANAGE_CONTENT: False,
                USER_HAS_MANAGE_GRADES: False,
                USER_HAS_ACCESS_DATA_DOWNLOADS: False,
                USER_HAS_VIEW_ALL_CONTENT: False,
            })
        else:
            xblock_user.opt_attrs.update({IS_AUTHENTICATED: False, REQUEST_COUNTRY_CODE: self._request_country_code})
        return xblock_user

    def get_anonymous_user_id(self, username, course_id):
        """Only course staff may map a username to an anonymous id."""
        if not self.get_current_user().opt_attrs.get(USER_IS_STAFF):
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            return None
        return self._directory.anonymous_id_for_user(user, CourseKey.from_string(course_id))

    def get_user_by_anonymous_id(self, uid=None):
        """The Django user behind an anonymous id (the current user's when ``uid`` is None), or None."""
        return self._directory.user_by_anonymous_id(uid or self._anonymous_user_id)


class StudioPermissions:
    """Studio's ``StudioPermissionsService``: course write access of the request's user."""

    def __init__(self, platform, user):
        self._platform = platform
        self._user = user

    def can_write(self, course_key):
        if not isinstance(course_key, LearningContextKey):  # has_studio_write_access takes a key object
            raise TypeError(f"can_write needs a course key, not {course_key!r}")
        return course_key == self._platform.course_key and self._user.username in self._platform.course_authors

    can_read = can_write


class LmsEventPublisher:
    """``EventPublishingService``: grades, completion and the tracking log."""

    def __init__(self, platform, user):
        self._platform = platform
        self._user = user

    def publish(self, block, event_type, event):
        completion = block.runtime.service(block, "completion")
        handlers = {"grade": self._grade}
        if completion is not None and completion.completion_tracking_enabled():
            handlers["completion"] = lambda blk, evt: completion.submit_completion(
                blk.scope_ids.usage_id, evt["completion"]
            )
        handler = handlers.get(event_type)
        if handler is not None:
            handler(block, event)
            return
        course_key = self._platform.course_key
        context = {"course_id": str(course_key), "org_id": course_key.org}
        if not self._user.is_anonymous:
            context["user_id"] = self._user.id
        tracker = eventtracking.get_tracker()
        with tracker.context(event_type, context):
            tracker.emit(event_type, event)

    def _grade(self, block, event):
        self._platform.grades.grade_event(block, self._user, event)  # grades.py: SCORE_PUBLISHED and its receiver


class TrackingLog:
    """An eventtracking backend that keeps what the LMS would write to its tracking log."""

    def __init__(self):
        self.events = []
        self.unserialisable = []

    def send(self, event):
        try:
            json.dumps(event, cls=DateTimeJSONEncoder)
        except (TypeError, ValueError) as error:
            self.unserialisable.append((event.get("name"), str(error)))
        self.events.append(event)

    def named(self, name):
        return [event for event in self.events if event["name"] == name]

    @contextmanager
    def installed(self):
        """Register as the default tracker (edx-completion and the LMS emit through it)."""
        previous = eventtracking.TRACKERS.get(eventtracking.DEFAULT_TRACKER_NAME)
        eventtracking.register_tracker(eventtracking.Tracker(backends={"memory": self}))
        try:
            yield self
        finally:
            if previous is None:
                eventtracking.TRACKERS.pop(eventtracking.DEFAULT_TRACKER_NAME, None)
            else:
                eventtracking.register_tracker(previous)


@XBlock.needs("i18n")
@XBlock.wants("completion")
class LmsBlockMixin(XBlockMixin):
    """The service declarations edx-platform's ``LmsBlockMixin`` adds to every block (not its partitions)."""


class CourseKeyIds(IdReader, IdGenerator):
    """Real opaque-keys usage keys in one course; a block's definition id is its usage key."""

    def __init__(self, course_key):
        self._course_key = course_key
        self._counter = itertools.count(1)

    def create_definition(self, block_type, slug=None):
        return self._course_key.make_usage_key(block_type, slug or f"{block_type}_{next(self._counter)}")

    def create_usage(self, def_id):
        return def_id

    def get_definition_id(self, usage_id):
        return usage_id

    def get_block_type(self, def_id):
        return def_id.block_type

    def _no_asides(self, *args):
        raise NotImplementedError("these tests use no asides")

    create_aside = get_usage_id_from_aside = get_definition_id_from_aside = _no_asides
    get_aside_type_from_usage = get_aside_type_from_definition = _no_asides


class LmsRuntime(Runtime):
    """One request's runtime; services come from the platform, per person and place."""

    def __init__(self, platform, services, request_user, *, is_author_mode=False):
        super().__init__(id_reader=platform.ids, id_generator=platform.ids, services=services, mixins=(LmsBlockMixin,))
        self._request_user = request_user
        if is_author_mode:  # only Studio's preview runtime has the attribute at all
            self.is_author_mode = True

    def handler_url(self, block, handler_name, suffix="", query="", thirdparty=False):
        usage_id = block.scope_ids.usage_id
        return f"/courses/{usage_id.context_key}/xblock/{usage_id}/handler/{handler_name}"

    def resource_url(self, resource):
        return f"/static/{resource}"

    def local_resource_url(self, block, uri):
        """``xblock_local_resource_url`` (``openedx/core/lib/xblock_utils/__init__.py``) as a production site runs
        it, with the asset pipeline on: the static file collected by ``XBlockPipelineFinder``
        (``openedx/core/lib/xblock_pipeline/finder.py``) under ``xblock/resources/<package>/``; see
        ``collected_file``. Without the pipeline it is the ``xblock_resource`` view, which calls
        ``open_local_resource``."""
        return f"{STATIC_URL}{RESOURCE_PREFIX}{resource_package(block.__class__)}/{uri}"

    def publish(self, block, event_type, event_data):
        publisher = self._services.get("publish")  # Studio's runtimes have none: events go nowhere there
        if publisher is not None:
            publisher.publish(block, event_type, event_data)

    def service(self, block, service_name):
        service = super().service(block, service_name)
        return service(block) if callable(service) else service  # as the platform does for XBlockI18nService


@dataclass(frozen=True)
class Person:
    key: str
    user: object  # a Django user, or AnonymousUser
    course_staff: bool = False


class LmsPlatform:
    """A course in an LMS and its Studio, in memory, with real Django users and real completion rows."""

    def __init__(self, tracking):
        self.course_key = COURSE_KEY
        self.ids = CourseKeyIds(COURSE_KEY)
        self.kvs = DictKeyValueStore()
        self.field_data = KvsFieldData(self.kvs)
        self.directory = UserDirectory()
        self.tracking = tracking
        self.scores = []  # what the grades app stored (grades.py), in order
        self.grades = GradesApp(self)
        self.course_authors = set()
        self.locale = PlatformLocale()  # no atlas catalogs, no compiled JS catalogs (see i18n.py)
        self._block_classes = {}
        self.people = {}  # {user id: Person}, for views that bind a block for the request's user
        self.learner = self.add_person("samira", "Samira de Vries")
        self.learner_b = self.add_person("joost", "Joost Bakker")
        self.staff = self.add_person("mirjam", "Mirjam Jansen", course_staff=True)
        self.anonymous = Person("anonymous", AnonymousUser())

    def add_person(self, username, full_name, *, course_staff=False):
        user = get_user_model().objects.create_user(username=username, email=f"{username}@example.org")
        user.profile = SimpleNamespace(name=full_name)  # edx-platform's UserProfile.name
        if course_staff:
            self.course_authors.add(username)
        person = self.people[user.id] = Person(username, user, course_staff)
        return person

    def anonymous_id(self, person):
        return self.directory.anonymous_id_for_user(person.user, self.course_key)

    def retire(self, person):
        """The retirement pipeline for ``person``, with the package's app connected as in the LMS."""
        with retirement.platform_modules(self.directory) as signals:
            apps.get_app_config("weerbaarxblock").ready()  # the LMS starts with its modules present
            retirement.retire(signals, person.user)

    # ---- content ---------------------------------------------------------------------------------
    def add_block(self, block_type, block_class=None, **fields):
        """A block in the course, as Studio would have saved it; returns its usage key."""
        usage_key = self.ids.create_usage(self.ids.create_definition(block_type))
        if block_class is not None:
            self._block_classes[usage_key] = block_class
        block = self.collect_block(usage_key)
        for name, value in fields.items():
            setattr(block, name, value)
        block.save()
        return usage_key

    # ---- the places a block runs ------------------------------------------------------------------
    def lms_block(self, usage_key, person, *, i18n="platform"):
        """Bound to ``person`` as the LMS's ``get_module_system_for_user`` binds it.

        ``i18n``: "platform" (XBlockI18nService), "null" (XBlock's own NullI18nService, what a runtime
        gets when it configures none) or "missing" (no i18n service at all).
        """
        user = person.user
        services = {
            "field-data": self.field_data,
            "user": LmsUserService(
                user,
                self.directory,
                user_is_staff=person.course_staff,
                user_role="instructor" if person.course_staff else "student",
                anonymous_user_id=self.anonymous_id(person),
            ),
            "i18n": self._i18n_service(),
            "completion": CompletionService(user=user, context_key=self.course_key) if user.is_authenticated else None,
            "publish": LmsEventPublisher(self, user),
        }
        if i18n != "platform":
            del services["i18n"]
        runtime = LmsRuntime(self, services, user)
        if i18n == "missing":
            del runtime._services["i18n"]  # noqa: SLF001 - undo XBlock's NullI18nService default
        return self._construct(runtime, usage_key, user.id)

    def studio_preview_block(self, usage_key, person, session=None):
        """Studio's preview (``preview.py`` ``_prepare_runtime_for_preview``): ``is_author_mode``, no staff flag,
        anonymous id "student", ``studio_user_permissions``, no ``publish`` service; field data of the preview
        user in the session (``_load_preview_block``, see ``masquerade.py``)."""
        student_kvs = masquerade.SessionKvs(masquerade.Session() if session is None else session)
        services = {
            "field-data": masquerade.student_field_data(self.field_data, student_kvs),
            "i18n": self._i18n_service(),
            "studio_user_permissions": StudioPermissions(self, person.user),
            "user": LmsUserService(
                person.user,
                self.directory,
                user_role="instructor" if person.course_staff else "staff",
                anonymous_user_id="student",
            ),
        }
        return self._construct(LmsRuntime(self, services, person.user, is_author_mode=True), usage_key, person.user.id)

    def masquerade_block(self, usage_key, staff, learner, session):
        """``staff`` viewing the course as ``learner`` (``block_render.py`` with ``masquerade.py``): the user
        service of the learner (not staff there), the learner's field data behind the session, the request's
        user is the staff member."""
        user = masquerade.as_specific_learner(learner.user, staff.user, self.course_key)
        services = {
            "field-data": masquerade.student_field_data(
                self.field_data, masquerade.MasqueradingKvs(self.kvs, session)),
            "user": LmsUserService(user, self.directory, anonymous_user_id=self.anonymous_id(learner)),
            "i18n": self._i18n_service(),
            "completion": CompletionService(user=user, context_key=self.course_key),
            "publish": LmsEventPublisher(self, user),
        }
        return self._construct(LmsRuntime(self, services, staff.user), usage_key, user.id)

    def studio_editor_block(self, usage_key, person):
        """Studio's editor and ``component_handler``: the modulestore runtime plus ``load_services_for_studio``."""
        services = {
            "field-data": self.field_data,
            "i18n": self._i18n_service(),
            "user": LmsUserService(person.user, self.directory),
            "studio_user_permissions": StudioPermissions(self, person.user),
        }
        return self._construct(LmsRuntime(self, services, person.user), usage_key, None)

    def collect_block(self, usage_key, *, with_user_service=True):
        """The modulestore runtime outside any request (the Course Blocks API collecting ``student_view_data``)."""
        services = {"field-data": self.field_data, "i18n": self._i18n_service()}
        if with_user_service:
            services["user"] = LmsUserService(None, self.directory)
        return self._construct(LmsRuntime(self, services, AnonymousUser()), usage_key, None)

    def _i18n_service(self):
        return functools.partial(LmsI18nService, locale=self.locale)

    def _construct(self, runtime, usage_key, user_id):
        block_class = self._block_classes.get(usage_key) or runtime.load_block_type(usage_key.block_type)
        block_class = runtime.mixologist.mix(block_class)
        return runtime.construct_xblock_from_class(
            block_class, ScopeIds(user_id, usage_key.block_type, usage_key, usage_key)
        )

    # ---- requests ------------------------------------------------------------------------------------
    def call(self, block, handler, payload=None, *, body=None, method="POST"):
        """POST (or ``method``) to a handler through XBlock's Django bridge; returns (status, decoded JSON)."""
        if body is None:
            body = json.dumps(payload).encode("utf-8")
        request = RequestFactory().generic(
            method, block.runtime.handler_url(block, handler), data=body, content_type="application/json"
        )
        request.user = block.runtime._request_user  # noqa: SLF001 - the runtime knows whose request it serves
        response = webob_to_django_response(block.handle(handler, django_to_webob_request(request)))
        try:
            data = json.loads(response.content.decode("utf-8")) if response.content else None
        except ValueError:
            data = response.content.decode("utf-8", "replace")
        return response.status_code, data

    # ---- what a request may have changed -----------------------------------------------------------
    def state(self):
        """Everything a handler could change: field data, scores, completions, events, the package's tables."""
        tables = {
            model._meta.label: list(model.objects.order_by("pk").values())
            for model in apps.get_app_config("weerbaarxblock").get_models()
        }
        return {
            "fields": copy.deepcopy(self.kvs.db_dict),
            "scores": list(self.scores),
            "completions": list(
                BlockCompletion.objects.order_by("pk").values_list("user_id", "block_key", "completion")
            ),
            "events": [event["name"] for event in self.tracking.events],
            "tables": tables,
        }
