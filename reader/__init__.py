"""reader: a keyboard-first terminal reader for news articles that finds and links names."""

__version__ = "0.1.0"
