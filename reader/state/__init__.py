"""What the user makes and keeps: read marks, positions, the jump list, settings."""
