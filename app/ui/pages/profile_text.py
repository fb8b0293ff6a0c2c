"""Profile text: the "advice for contacting me" section (built in a later version)."""

from __future__ import annotations

from app.ui.pages.base import EmptyStatePage


class ProfileTextPage(EmptyStatePage):
    key = "profile-text"
    title = "Profile text"
    heading = "Profile text is not built yet"
    explanation = (
        'This page will write the "advice for contacting me" section of your LinkedIn profile from your '
        "policy, with a live preview and character counts. Meanwhile, set your profile with "
        "gatehouse profile set on the command line."
    )
