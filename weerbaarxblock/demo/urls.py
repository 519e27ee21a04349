"""The demo's URLs: our course landing page in front of the workbench's own URLs."""
from django.urls import include, path, re_path

from weerbaarxblock.demo import views

urlpatterns = [
    path("", views.course_home, name="demo_home"),
    re_path(r"^workbench/$", views.course_home),
    path("", include("workbench.urls")),
]
