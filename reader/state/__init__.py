"""What the user makes and keeps: read marks, positions, settings, the config file. No Textual."""
