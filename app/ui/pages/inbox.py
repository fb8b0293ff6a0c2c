"""Inbox: connection requests to triage (built in a later version; an honest empty state until then)."""

from __future__ import annotations

from app.ui.pages.base import EmptyStatePage


class InboxPage(EmptyStatePage):
    key = "inbox"
    title = "Inbox"
    heading = "Triage is not built yet"
    explanation = (
        "The inbox will list each pending connection request with a suggested decision (connect, reply, ignore, "
        "report), the rule of your policy that produced it and a ready reply. Requests you import with "
        "File > Import LinkedIn export are already kept and will appear here."
    )
