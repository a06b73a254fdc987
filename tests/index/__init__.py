"""Tests of the index layer (reader/index)."""
