"""The demo's URLs: our course landing page in front of the workbench's own URLs."""
from django.urls import include, path, re_path

from weerbaarxblock.demo import preview, views

urlpatterns = [
    path("", views.course_home, name="demo_home"),
    re_path(r"^workbench/$", views.course_home),
    re_path(r"^courses/workbench/jump_to/(?P<usage_id>[^/]+)/?$", views.jump_to, name="demo_jump_to"),
    re_path(r"^scenario/(?P<scenario_id>[^/]+)/author_view/$", preview.author_view, name="demo_author_view"),
    re_path(r"^preview/handler/(?P<usage_id>[^/]+)/(?P<handler_slug>[^/]*)(?:/(?P<suffix>.*))?$", preview.handler,
            name="demo_preview_handler"),
    path("", include("workbench.urls")),
]
