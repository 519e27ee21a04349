"""The yardstick for handler budgets: a trivial handler of a minimal block, POSTed the way a browser posts it.

Both the trivial handler and ours are timed over the same full request path, so that a ratio compares like with
like. It imitates edx-platform's ``lms/djangoapps/courseware/block_render.py`` (read, not copied):

- ``handle_xblock_callback`` is ``csrf_exempt`` and ``non_atomic_requests``, and checks CSRF itself for a session
  user (``CsrfViewMiddleware().process_view``); a request with no session user is refused.
- ``_invoke_xblock_handler`` binds the block for the request's user (``get_block_for_descriptor``: a fresh
  runtime with its user, i18n, completion and publishing services, see ``tests/lms_contract/runtime.py``), turns
  the Django request into a WebOb one (``django_to_webob_request``), calls ``block.handle`` and answers with
  ``webob_to_django_response``.

The request goes through Django's test client: URL routing, the middleware of the settings (common, sessions,
CSRF, authentication, messages: those the LMS's handler requests pass as well), a logged-in session and the CSRF
cookie and header the LMS's JavaScript sends. As in the LMS's settings (``lms/envs/common.py``), sessions are kept
in the cache and the user comes from the cache too (``CacheBackedAuthenticationMiddleware`` of ``cache_toolbox``, in
place of Django's ``AuthenticationMiddleware``), so a trivial request reads nothing from the database. Field data
stays in memory (the platform's ``DictKeyValueStore``), as the LMS batches field data per request, so the
difference between the two measures our handler's own work: validation, queries and the response. The
browser's own work (encoding the body, decoding the answer) is not timed.

This is a lower bound of what the LMS spends on a trivial handler: it also looks the course up in the
modulestore, checks access and loads the learner's field data, all left out here, which makes the budget
stricter, not looser. Calling ``block.handle`` alone (the old yardstick) left out the whole request and made a
trivial handler cheaper than a single database transaction.
"""
import json
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.contrib import auth
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.test import Client
from django.test.utils import override_settings
from django.urls import re_path
from django.views.decorators.csrf import csrf_exempt
from opaque_keys.edx.keys import UsageKey
from xblock.core import XBlock
from xblock.django.request import django_to_webob_request, webob_to_django_response

from tests.benchmarks.figures import fastest
from tests.lms_contract.conftest import lms  # noqa: F401 - the fixture, for benchmarks that import this module
from tests.lms_contract.runtime import Person

SERVING = {}  # the platform the view serves, while a benchmark runs (``serving``)
CSRF_TOKEN = "b" * 32  # the cookie's token, sent back in the header as the LMS's JavaScript does


class MinimalBlock(XBlock):
    """A block that does nothing: its handler's cost is the platform's and the runtime's own."""

    @XBlock.json_handler
    def ping(self, data, suffix=""):  # noqa: ARG002 - XBlock's signature
        return {}


class CachedUserMiddleware:
    """The LMS's cache-backed authentication: the session's user from the cache, from the database only once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user_id = request.session.get(auth.SESSION_KEY)
        user = cache.get(f"bench-user:{user_id}") if user_id else None
        if user is None:
            user = auth.get_user(request)
            if user.is_authenticated:
                cache.set(f"bench-user:{user_id}", user)
        request.user = user
        return self.get_response(request)


MIDDLEWARE = [
    f"{__name__}.CachedUserMiddleware" if name == "django.contrib.auth.middleware.AuthenticationMiddleware" else name
    for name in settings.MIDDLEWARE
]


@csrf_exempt
def xblock_handler(request, usage_id, handler):
    """``handle_xblock_callback`` and ``_invoke_xblock_handler``: CSRF for session users, bind, handle, answer."""
    if not request.user.is_authenticated:
        return HttpResponse("Unauthenticated", status=403)
    refused = CsrfViewMiddleware(lambda _request: None).process_view(request, None, (), {})
    if refused:
        return refused
    platform = SERVING["platform"]
    known = platform.people[request.user.id]
    request.user.profile = known.user.profile  # the LMS's UserProfile of the request's user
    block = platform.lms_block(UsageKey.from_string(usage_id), Person(known.key, request.user, known.course_staff))
    return webob_to_django_response(block.handle(handler, django_to_webob_request(request)))


urlpatterns = [re_path(r"^courses/[^/]+/xblock/(?P<usage_id>[^/]+)/handler/(?P<handler>[^/]+)$", xblock_handler)]


@contextmanager
def serving(platform):
    """The platform's handlers behind this module's URLs; sessions and users in the cache, as in the LMS."""
    SERVING["platform"] = platform
    try:
        with override_settings(ROOT_URLCONF=__name__, SESSION_ENGINE="django.contrib.sessions.backends.cache",
                               MIDDLEWARE=MIDDLEWARE):
            yield
    finally:
        SERVING.pop("platform", None)


class Browser:
    """One person's logged-in browser: session and CSRF cookies, JSON POSTs to a block's handler URL."""

    def __init__(self, person):
        self.client = Client(enforce_csrf_checks=True)
        self.client.force_login(person.user)
        cache.set(f"bench-user:{person.user.pk}", person.user)  # as the LMS's log-in leaves it in the cache
        self.client.cookies["csrftoken"] = CSRF_TOKEN

    def send(self, url, body):
        """The response to a POST of the JSON text ``body`` to ``url``: what the server does, and only that."""
        return self.client.post(url, data=body, content_type="application/json", HTTP_X_CSRFTOKEN=CSRF_TOKEN)

    def post(self, block, handler, payload):
        """(status, decoded JSON) of a POST of ``payload`` to ``handler`` of ``block``."""
        return answer_of(self.send(block.runtime.handler_url(block, handler), json.dumps(payload)))


def answer_of(response):
    """(status, decoded JSON) of a handler's response."""
    return response.status_code, (json.loads(response.content) if response.content else None)


def person_of(platform, block):
    """The person whose request ``block`` is bound for."""
    return platform.people[block.scope_ids.user_id]


def handler_seconds(platform, block, handler, payload=None, *, runs=20):
    """The fastest of ``runs`` browser POSTs of ``payload`` to ``handler`` of ``block``.

    ``block`` says which block and whose browser; each POST is a full request, the block bound anew for it.
    ``payload`` may be a function of the block as it stands before each POST (e.g. to send its current version);
    it is called, the block bound for it and the body encoded outside the timing, as a browser does that work.
    """
    person = person_of(platform, block)
    usage_key = block.scope_ids.usage_id
    url = block.runtime.handler_url(block, handler)
    with serving(platform):
        browser = Browser(person)

        def body():  # the browser's own work (encoding the request, decoding the answer) is not timed
            return json.dumps(payload(platform.lms_block(usage_key, person)) if callable(payload) else payload)

        def timed_post():
            sent, responses = body(), []
            seconds = fastest(lambda: responses.append(browser.send(url, sent)), 1)
            status, data = answer_of(responses[0])
            assert status == 200, data
            return seconds

        timed_post()  # warm up: imports, first queries
        return min(timed_post() for _ in range(runs))


def trivial_handler_seconds(platform, *, runs=20):
    """What a do-nothing JSON handler costs a learner over the same request path."""
    usage_key = platform.add_block("minimal_probe", block_class=MinimalBlock)
    block = platform.lms_block(usage_key, platform.learner)
    return handler_seconds(platform, block, "ping", {}, runs=runs)


def micros(seconds):
    """``seconds`` as whole microseconds, for the lines printed next to a ratio."""
    return f"{seconds * 1e6:.0f} µs"


@pytest.fixture
def trivial_seconds(lms):  # noqa: F811 - the fixture imported above
    return trivial_handler_seconds(lms)
