"""The Textual user interface: app, screens, widgets and theme loading."""
