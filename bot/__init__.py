"""Stapsteen domain logic: criteria, scoring, consent, storage. No Rasa imports."""
