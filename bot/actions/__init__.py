"""Custom actions, one module per concern. rasa-sdk registers every Action subclass imported here.

Importing this package (the action server does it at start) installs log scrubbing in that process.
"""
from bot.actions.language import ActionTrackLanguage
from bot.privacy.logs import install_log_scrubbing

install_log_scrubbing()

__all__ = ["ActionTrackLanguage"]
