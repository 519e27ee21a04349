"""Studio's preview in the demo: the author view and its handlers run as Studio runs them, so nothing is saved.

The workbench renders ``author_view`` on its ordinary runtime, where the learner view inside would write the
author's own learner records. Studio's preview (``cms/djangoapps/contentstore/views/preview.py``,
``_prepare_runtime_for_preview``) differs in three ways the blocks rely on, imitated here:

- the runtime has ``is_author_mode = True``, so ``Viewer.may_write`` is False and ``core.api`` rehearses;
- its user service is the author's, without a staff flag and with the anonymous id ``"student"``;
- field data lives in the author's Studio session, apart from their learner state (``SessionKeyValueStore``):
  here a separate workbench student id, ``preview-<author>``, keeps it apart.

Handlers called from the preview go to ``/preview/handler/...`` (Studio's own preview handler URL), which
builds the same runtime again.
"""
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.csrf import ensure_csrf_cookie
from workbench.runtime import WorkbenchRuntime
from workbench.scenarios import get_scenarios
from workbench.views import get_student_id
from xblock.django.request import django_to_webob_request, webob_to_django_response
from xblock.exceptions import NoSuchUsage

from weerbaarxblock.core.roles import ATTR_ANON_ID, ATTR_AUTHENTICATED, ATTR_USERNAME, ATTR_WORKBENCH_ID
from weerbaarxblock.demo.services import STAFF_IDS, DemoUserService, _user, display_name

PREVIEW_ANONYMOUS_ID = "student"  # the anonymous id Studio's preview user service gives every author


class PreviewUserService(DemoUserService):
    """Studio preview's user service: the author, no staff flag, anonymous id "student"."""

    def get_current_user(self):
        author = self.runtime.author_id
        return _user(display_name(author), {
            ATTR_WORKBENCH_ID: author,
            ATTR_ANON_ID: PREVIEW_ANONYMOUS_ID,
            ATTR_USERNAME: author,
            ATTR_AUTHENTICATED: True,
        }, is_current_user=True)


class PreviewPermissions:
    """``studio_user_permissions`` in the preview: the author's own rights, as in Studio."""

    runtime = None

    def can_write(self, context_key):  # noqa: ARG002 - the demo has one course
        return self.runtime.author_id in STAFF_IDS


class PreviewRuntime(WorkbenchRuntime):
    """The workbench runtime dressed as Studio's preview runtime for ``author``."""

    is_author_mode = True

    def __init__(self, author):
        super().__init__(f"preview-{author}")
        self.author_id = author
        self._preview_services = {"user": PreviewUserService(), "studio_user_permissions": PreviewPermissions()}
        for service in self._preview_services.values():
            service.runtime = self

    def service(self, block, service_name):
        if service_name in self._preview_services:
            return self._preview_services[service_name]
        return super().service(block, service_name)


@ensure_csrf_cookie
def author_view(request, scenario_id):
    """``/scenario/<id>/author_view/``: the workbench's page for the view, on the preview runtime."""
    scenario = get_scenarios().get(scenario_id)
    if scenario is None:
        raise Http404
    author = get_student_id(request)
    block = PreviewRuntime(author).get_block(scenario.usage_id)
    fragment = block.render("author_view", {})
    return render(request, "weerbaar_demo/preview.html", {
        "scenario_id": scenario_id, "scenario": scenario, "block": block, "body": fragment.body_html(),
        "head_html": fragment.head_html(), "foot_html": fragment.foot_html(), "student_id": author,
        "view_name": "author_view",
    })


def handler(request, usage_id, handler_slug, suffix=""):
    """A handler called from the preview (like Studio's ``preview_handler``)."""
    runtime = PreviewRuntime(get_student_id(request))
    try:
        block = runtime.get_block(usage_id)
    except NoSuchUsage as error:
        raise Http404 from error
    webob_request = django_to_webob_request(request)
    for _part in range(3):  # drop "preview/handler/<usage>", as the workbench drops "handler/<usage>"
        webob_request.path_info_pop()
    return webob_to_django_response(runtime.handle(block, handler_slug, webob_request, suffix))
