from django.contrib import admin

from .models import Location, Organiser


@admin.register(Organiser)
class OrganiserAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "organiser", "kind", "pricing", "licensed_places", "municipality"]
    list_filter = ["municipality", "kind", "pricing", "subsidy_step"]
    search_fields = ["name"]
