"""English safety commands (whole messages) and the filler words that may surround them."""

COMMANDS = {
    "quick_exit": [
        "exit", "quit", "close", "close chat", "exit chat", "quit chat", "leave", "leave chat",
        "get me out", "get out", "hide", "hide this", "hide chat", "panic", "end chat",
        "someone is coming", "someones coming", "he is here", "hes here", "she is here",
        "shes here", "they are here", "theyre here", "he is coming", "hes coming", "shes coming",
        "they are coming", "theyre coming", "x", "they are looking at my phone", "theyre looking at my phone",
        "someone is looking at my phone", "he can see my phone", "she can see my phone",
        "someone can see my screen", "i need to leave now", "i have to go now",
    ],
    "delete_data": [
        "delete", "delete my data", "delete my info", "delete my information", "delete everything",
        "delete this conversation", "delete this chat", "erase", "erase my data", "erase everything",
        "remove my data", "wipe my data",
    ],
}

FILLERS = ["now", "please", "pls", "plz", "right", "quick", "quickly", "fast", "asap", "the", "this"]

# Phrases that, anywhere in a message, mean the crisis intent (after normalise(): lower case,
# no accents or punctuation). Self-harm is checked before danger.
CRISIS = {
    "self_harm": [
        "kill myself", "killing myself", "want to die", "wanna die", "end my life", "suicide",
        "suicidal", "hurt myself", "cut myself", "cutting myself", "better off dead",
        "better off without me", "no reason to live", "not worth living", "take my own life",
        "dont want to live", "don t want to live", "dont want to be alive", "overdose on purpose",
    ],
    "immediate_danger": [
        "going to kill me", "gonna kill me", "going to hurt me", "gonna hurt me", "wants to kill me",
        "trying to kill me", "he has a gun", "she has a gun", "they have a gun", "has a knife",
        "hitting me", "beating me", "locked me in", "locked in a room", "im locked in",
        "i m locked in", "i am locked in", "in danger right now", "im in danger", "i m in danger",
        "i am in danger", "help me now", "call the police", "he is hurting me", "hes hurting me",
        "he s hurting me", "they are hurting me", "choking me",
    ],
}

# Patterns of a stated age (the number is group 1).
AGE_PATTERNS = [
    r"\b(?:i am|i m|im|age|aged|i turned|turned)\s+(\d{1,2})\b",
    r"\b(\d{1,2})\s*(?:years old|year old|yrs old|yrs|yo|y o)\b",
]
