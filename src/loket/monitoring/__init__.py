"""The local analysis for the Lokaal Overleg Kinderopvang (omgevingsanalyse), aggregates only.

Coverage and social coverage per neighbourhood, representation of vulnerable families, demand
and waiting times, the 20% target per income-related location and advice on new places, as
pages for analysts and the desk and as PDF, CSV and XLSX exports. Every count of children below
5 is suppressed. See ``docs/domain/monitoring.md``.
"""
