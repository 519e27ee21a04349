"""The two handler decorators every block uses: ``@api`` for JSON calls and ``@download`` for files.

XBlock saves changed fields after a handler returns, even when it failed, so a
handler must validate the whole request before it changes anything. ``@api``
does the part every JSON handler shares: POST only, the caller's role, a JSON
object body, and turning a rule's ``Problem`` into a translated 400, ``Problems``
into messages by field (editor forms), ``StaleVersion`` into a 409 Conflict
with the same body everywhere, and a database error into a 503 the page may
retry. ``@download`` does the same for staff files: GET only, the role, a safe
file name, a streamed body.
"""
import functools
import json
import logging
import math
import re
import unicodedata
from dataclasses import dataclass

from django.db import DatabaseError
from webob import Response
from xblock.core import XBlock

from weerbaarxblock.core.rules.problems import Problem, Problems, StaleVersion
from weerbaarxblock.core.rules.shapes import MAX_DEPTH, check_request_text, require_object

LEARNER = "learner"
STAFF = "staff"
AUTHOR = "author"

log = logging.getLogger(__name__)


def json_response(payload, status=200):
    return Response(
        body=json.dumps(payload).encode("utf-8"),
        status=status,
        content_type="application/json",
        charset="utf-8",
    )


def refusal(block, role):
    """The 403 for a caller without ``role``, or None when they have it."""
    viewer = block.viewer
    if role == STAFF and not viewer.is_staff:
        return block.error_response(Problem("staff_only"), 403)
    if role == AUTHOR and not viewer.may_author:
        return block.error_response(Problem("authors_only"), 403)
    if role == LEARNER and not viewer.is_authenticated:
        return block.error_response(Problem("login_required"), 403)
    return None


def wrong_method(block, expected):
    if expected == "POST":
        return json_response({"error": block.gettext("Use POST for this request.")}, 405)
    return json_response({"error": block.gettext("Use GET for this request.")}, 405)


def unavailable(block, name):
    """503 after a database error: the handler's transaction left nothing half written, so trying again is safe.

    Fields assigned before the error would still be saved by XBlock; handlers assign them only after their
    store writes (``core/queries.py`` ``atomic_with_retry``). The page keeps the learner's text and retries.
    """
    log.exception("Database error in handler %s of %s", name, block.usage_key)
    message = block.gettext("The server could not save this just now. Your text is kept; try again.")
    return json_response({"error": message, "retry": True}, 503)


def read_json(body):
    """The request body as a JSON object; ``Problem`` when it is not one."""
    try:
        text = body.decode("utf-8") or "null"
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    except (ValueError, UnicodeDecodeError) as error:
        raise Problem("invalid_json") from error
    except RecursionError as error:  # nesting deeper than the parser's stack: refused like any other bad body
        raise Problem("too_deep", field="body", limit=MAX_DEPTH) from error
    return require_object(check_request_text(text, data))


def _refuse_constant(name):
    """``NaN`` and ``Infinity`` are not JSON; Python's parser accepts them unless told otherwise."""
    raise ValueError(f"{name} is not a number")


def _finite(text):
    """A JSON number such as ``1e999`` would become infinity: refused, so no page or export ever holds one."""
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text} is too large")
    return value


def rehearse(method, block, data):
    """Run a learner handler without leaving a trace in the learner's records.

    Used where the viewer may not write (``Viewer.may_write``): Studio's preview and
    a staff member viewing the course as a specific learner. There the platform
    keeps the block's fields in the staff member's session (``SessionKeyValueStore``
    in ``cms/djangoapps/contentstore/views/preview.py``, ``MasqueradingKeyValueStore``
    in ``lms/djangoapps/courseware/masquerade.py``), so the handler may change
    fields freely. Every database row it writes is rolled back here, whichever
    ``queries`` function wrote it, and ``WeerbaarBlock`` publishes no grade,
    completion or event for such a viewer. The answer still shows the result, so
    the activity can be tried through to its end.
    """
    from django.db import transaction  # noqa: PLC0415 - core imports Django only when it runs a request

    with transaction.atomic():
        result = method(block, data)
        transaction.set_rollback(True)
    return result


def api(role=LEARNER):
    """Decorate ``method(self, data)``; it returns a JSON-serialisable result."""

    def decorate(method):
        @XBlock.handler
        @functools.wraps(method)
        def handler(self, request, suffix=""):  # noqa: ARG001 - XBlock's handler signature
            if request.method != "POST":
                return wrong_method(self, "POST")
            refused = refusal(self, role)
            if refused:
                return refused
            try:
                data = read_json(request.body)
                if role == LEARNER and not self.viewer.may_write:
                    return json_response(rehearse(method, self, data))
                return json_response(method(self, data))
            except StaleVersion as stale:
                return self.conflict_response(stale)
            except Problem as problem:
                return self.error_response(problem, 400)
            except Problems as problems:
                return self.problems_response(problems)
            except DatabaseError:
                return unavailable(self, method.__name__)

        handler.weerbaar_role = role
        return handler

    return decorate


@dataclass
class DownloadFile:
    """A file for staff: ``name`` without extension, and ``chunks`` of text, sent as they are made."""

    name: str
    extension: str
    content_type: str
    chunks: object  # an iterable of str


def download(role=STAFF):
    """Decorate ``method(self, query)`` (the GET parameters); it returns a ``DownloadFile``."""

    def decorate(method):
        @XBlock.handler
        @functools.wraps(method)
        def handler(self, request, suffix=""):  # noqa: ARG001 - XBlock's handler signature
            refused = refusal(self, role) or (wrong_method(self, "GET") if request.method != "GET" else None)
            if refused:
                return refused
            try:
                file = method(self, request.GET)
            except Problem as problem:
                return self.error_response(problem, 400)
            response = Response(
                # "replace": a character that cannot be encoded must not end the download for the whole class
                app_iter=(chunk.encode("utf-8", "replace") for chunk in file.chunks),
                content_type=file.content_type,
                charset="utf-8",
            )
            response.headers["Content-Disposition"] = f'attachment; filename="{file.name}.{file.extension}"'
            response.headers["X-Content-Type-Options"] = "nosniff"
            return response

        handler.weerbaar_role = role
        return handler

    return decorate


def safe_id(text, limit=60):
    """``text`` with every character but letters and digits turned into '-', its last ``limit`` kept."""
    return "".join(ch if ch.isalnum() else "-" for ch in str(text))[-limit:]


def file_name(prefix, title, limit=60):
    """A download's name from an activity's ``title``: "netwerkkaart-zorgfraude-in-de-wijk", cut between words.

    Letters lose their accents (é → e), everything else between words becomes one '-', and ``prefix`` leads
    unless the title already begins with it. At most ``limit`` characters, never half a word.
    """
    plain = unicodedata.normalize("NFKD", str(title or "")).encode("ascii", "ignore").decode("ascii").lower()
    words = [word for word in re.split(r"[^a-z0-9]+", plain) if word]
    if words[:1] != [prefix]:
        words.insert(0, prefix)
    name = words[0][:limit]
    for word in words[1:]:
        if len(name) + 1 + len(word) > limit:
            break
        name += "-" + word
    return name
