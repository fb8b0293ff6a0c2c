"""Policy: the rules that decide on connection requests (built in a later version)."""

from __future__ import annotations

from app.ui.pages.base import EmptyStatePage


class PolicyPage(EmptyStatePage):
    key = "policy"
    title = "Policy"
    heading = "The policy editor is not built yet"
    explanation = (
        "Your contact policy is an ordered list of rules, first match wins. Gatehouse starts with the default "
        "policy; editing it here, and importing or exporting it as a TOML file, come in a later version."
    )
