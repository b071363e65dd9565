"""Web pages: the family chat and the staff desk (Flask). Adapts HTTP to bot/."""
