"""Rasa input channels adapted for Stapsteen (loaded via credentials.yml)."""
