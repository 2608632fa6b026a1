"""Anonymized transcripts: models, the event broker that writes them, migrations, queries.

The Rasa server's event broker (`broker.TranscriptBroker`, configured in endpoints.yml) turns each
conversation session into one `transcript_sessions` row and its turns into `transcript_turns`
rows, with user text redacted; the staff portal (bot.staff) reads them.
"""
