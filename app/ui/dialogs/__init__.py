"""Dialogs: errors with copyable details, confirmations, the import summary, small input dialogs."""
