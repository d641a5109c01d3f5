"""The members' own pages: account, dashboard, CPD records, evidence downloads and their personal data."""

from members.views.account import display_name

__all__ = ["display_name"]
