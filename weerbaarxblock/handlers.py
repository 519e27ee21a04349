"""One decorator for every JSON handler: method, body, role and errors.

XBlock saves changed fields after a handler returns, even when it failed, so a
handler must validate the whole request before it changes anything. This
decorator does the part every handler shares: POST only, a JSON object body,
the caller's role, and turning a domain ``Problem`` into a translated 400
(``Problems`` into a list of messages by field, for editor forms).
"""
import functools
import json

from webob import Response
from xblock.core import XBlock

from .domain.problems import Problem, Problems
from .domain.shapes import require_object

LEARNER = "learner"
STAFF = "staff"
AUTHOR = "author"


def json_response(payload, status=200):
    return Response(
        body=json.dumps(payload).encode("utf-8"),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )


def api(role=LEARNER):
    """Decorate ``method(self, data)``; it returns a JSON-serialisable result (or a ready ``Response``)."""

    def decorate(method):
        @XBlock.handler
        @functools.wraps(method)
        def handler(self, request, suffix=""):
            if request.method != "POST":
                return json_response({"error": self.gettext("Use POST for this request.")}, 405)
            viewer = self.viewer
            if role == STAFF and not viewer.is_staff:
                return self.error_response(Problem("staff_only"), 403)
            if role == AUTHOR and not viewer.may_author:
                return self.error_response(Problem("authors_only"), 403)
            if role == LEARNER and not viewer.is_authenticated:
                return self.error_response(Problem("login_required"), 403)
            try:
                data = json.loads(request.body.decode("utf-8") or "null")
            except (ValueError, UnicodeDecodeError):
                return self.error_response(Problem("invalid_json"), 400)
            try:
                result = method(self, require_object(data))
            except Problem as problem:
                return self.error_response(problem, 400)
            except Problems as problems:
                return self.problems_response(problems)
            # A handler may answer with its own response (e.g. 409 Conflict for a stale draft).
            return result if isinstance(result, Response) else json_response(result)

        handler.weerbaar_role = role
        return handler

    return decorate
