"""The Qt desktop app. Widgets call services; they never hold a session or an ORM object."""
