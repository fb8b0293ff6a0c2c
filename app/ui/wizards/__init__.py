"""Wizards of the desktop app (QWizard): the handover."""
