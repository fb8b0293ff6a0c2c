"""Handover: the contacts a successor should be introduced to (built in a later version)."""

from __future__ import annotations

from app.ui.pages.base import EmptyStatePage


class HandoverPage(EmptyStatePage):
    key = "handover"
    title = "Handover"
    heading = "Handover is not built yet"
    explanation = (
        "When you leave a post, this page will list the work contacts a successor should meet, with an "
        "introduction for each, as CSV, vCard and PDF. Classifying your contacts now (relationship, met in, "
        "consent) is what it will draw on."
    )
