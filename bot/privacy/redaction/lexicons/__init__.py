"""Language data for the redactor: plain sets and tuples, no code that runs at import.

``names`` is generated from Faker (see bench/build_name_lexicons.py); ``en`` and ``es`` hold
the context phrases of each language; ``places`` the closed-class place names (states,
provinces, countries, large cities); ``public`` the numbers and sites the bot itself gives.
All strings are lower-case without accents: the redactor matches on folded text.
"""
