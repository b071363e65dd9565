"""Rasa SDK adapters around bot/. Thin: every rule and text lives in bot/."""
