"""Custom actions, one module per concern. rasa-sdk registers every Action subclass imported here.

Importing this package (the action server does it at start) installs log scrubbing in that process
and validates the content files, so a broken instrument or resource file stops the server at start
with an error naming the file and the problem.
"""
from bot.actions.base import current_instrument, resource_directory
from bot.actions.every_turn import ActionEveryTurn
from bot.actions.resources import ActionClosing, ActionGiveResources, ActionUniversalEducation
from bot.actions.screening import (
    ActionAskScreeningAnswer,
    ActionScoreScreening,
    ValidateScreeningForm,
)
from bot.privacy.logs import install_log_scrubbing

install_log_scrubbing()
current_instrument()
resource_directory()

__all__ = [
    "ActionAskScreeningAnswer",
    "ActionClosing",
    "ActionEveryTurn",
    "ActionGiveResources",
    "ActionScoreScreening",
    "ActionUniversalEducation",
    "ValidateScreeningForm",
]
