"""Custom actions, one module per concern. rasa-sdk registers every Action subclass imported here."""
from bot.actions.language import ActionSetLanguage

__all__ = ["ActionSetLanguage"]
