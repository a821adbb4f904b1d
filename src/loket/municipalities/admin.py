from django.contrib import admin

from .models import Municipality, Neighbourhood, NeighbourhoodPopulation


class PopulationInline(admin.TabularInline):
    model = NeighbourhoodPopulation
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "nis_code", "priority_regime", "offer_response_days"]


@admin.register(Neighbourhood)
class NeighbourhoodAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "municipality"]
    list_filter = ["municipality"]
    inlines = [PopulationInline]
