"""The storage layer: small units over one database (SQLAlchemy 1.4, 2.0 style).

- database:       engine, migrations, transactions, errors, utcnow
- references:     reference codes and the code alphabet
- audit:          the audit log
- consent_events: the consent records of referrals
- contact:        contact details as stored
- referrals:      create, change, withdraw, purge and read referrals
- figures:        the anonymous aggregate counts (bot/figures.py decides what they are)

`bot.store.Store` puts them together for the chat actions, the web page and
the command line.
"""
