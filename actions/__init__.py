"""Rasa custom actions: thin adapters from Rasa to bot/, one module per topic.

The action server (`python -m rasa_sdk --actions actions`) imports every
module of this package and registers each Action subclass it finds.
"""
