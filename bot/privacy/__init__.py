"""Privacy: pseudonymous sender ids, erasure, retention and log scrubbing.

`python -m bot.privacy purge` deletes raw conversation state past its retention age.
"""
