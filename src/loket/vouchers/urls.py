from django.urls import path

from . import views

app_name = "vouchers"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("families/<int:pk>/eligibility/", views.eligibility, name="eligibility"),
    path("families/<int:pk>/issue/", views.issue, name="issue"),
    path("booklets/<int:pk>/", views.booklet, name="booklet"),
    path("booklets/<int:pk>/pdf/", views.booklet_pdf, name="booklet_pdf"),
    path("redeem/", views.redeem, name="redeem"),
    path("used/", views.provider_redemptions, name="provider_redemptions"),
    path("statements/", views.statements, name="statements"),
    path(
        "statements/<int:organiser_id>/<int:year>-<int:month>/",
        views.statement,
        name="statement",
    ),
    path(
        "statements/<int:organiser_id>/<int:year>-<int:month>/csv/",
        views.statement_csv,
        name="statement_csv",
    ),
    path(
        "statements/<int:organiser_id>/<int:year>-<int:month>/pdf/",
        views.statement_pdf,
        name="statement_pdf",
    ),
]
