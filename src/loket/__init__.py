"""Loket Kinderopvang: software for the municipal childcare desk (lokaal loket kinderopvang)."""
