"""Rasa NLU components: thin adapters that let bot/ add to what the classifier
says (the crisis safety net, the language check). They can only add, never
switch off what bot/ decided."""
