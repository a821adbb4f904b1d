from django.urls import path

from . import views

app_name = "monitoring"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("coverage/", views.coverage, name="coverage"),
    path("representation/", views.representation, name="representation"),
    path("demand/", views.demand, name="demand"),
    path("locations/", views.locations, name="locations"),
    path("expansion/", views.expansion, name="expansion"),
    path("exports/", views.exports_page, name="exports"),
    path("exports/report.pdf", views.export_pdf, name="export_pdf"),
    path("exports/tables.xlsx", views.export_xlsx, name="export_xlsx"),
    path("exports/tables.zip", views.export_zip, name="export_zip"),
    path("exports/<slug:key>.csv", views.export_csv, name="export_csv"),
]
