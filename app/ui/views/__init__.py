"""Views hold layout only; their controllers (app.ui.controllers) hold the behaviour."""
