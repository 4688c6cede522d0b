from django.urls import path

from . import views

app_name = "products"
urlpatterns = [
    path("", views.product_list, name="list"),
    path("<int:pk>/", views.product_detail, name="detail"),
    path("kennzahl/<int:pk>/", views.kpi_detail, name="kpi"),
    path("kennzahl/<int:pk>/erfassen/", views.kpi_entry, name="entry"),
    path("zeitraeume/", views.periods, name="periods"),
    path("zeitraeume/<int:pk>/sperren/", views.period_lock, name="period_lock"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("import/", views.import_upload, name="import"),
    path("import/uebernehmen/", views.import_confirm, name="import_confirm"),
]
