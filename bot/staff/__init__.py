"""The staff portal: an aiohttp app where reviewers read anonymized transcripts and admins also
manage accounts, exports and retention.

    python -m bot.staff serve                         # what `make run` starts, on STAFF_PORT
    python -m bot.staff create-user NAME --role admin # password from a prompt or stdin
    python -m bot.staff purge                         # transcripts past their retention age
"""
