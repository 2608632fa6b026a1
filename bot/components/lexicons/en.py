"""English safety commands (whole messages) and the filler words that may surround them."""

COMMANDS = {
    "quick_exit": [
        "exit", "close", "close chat", "exit chat", "quit chat", "leave", "leave chat",
        "get me out", "get out", "hide", "hide this", "hide chat", "panic", "end chat",
        "someone is coming", "someones coming", "he is here", "hes here", "she is here",
        "shes here", "they are here", "theyre here", "he is coming", "hes coming", "shes coming",
        "they are coming", "theyre coming", "x", "they are looking at my phone", "theyre looking at my phone",
        "someone is looking at my phone", "he can see my phone", "she can see my phone",
        "someone can see my screen", "i need to leave now", "i have to go now", "i have to go",
        "someone is here", "close the chat", "hide the chat",
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
        "kill myself", "killing myself", "kill my self", "kms", "want to die", "wanna die",
        "end my life", "end it all", "suicide", "suicidal", "better off dead",
        "better off without me", "no reason to live", "not worth living", "take my own life",
        "dont want to live anymore", "dont want to be alive", "wish i was dead",
        "wish i were dead", "hurt myself on purpose", "cut myself on purpose", "cut my wrists",
        "slit my wrists", "end it tonight", "end it all tonight", "want it to end",
        "want it all to end", "rather die", "rather be dead", "take all the pills",
        "take all my pills", "jump off a bridge", "jump off the roof", "hang myself",
        "stop existing", "not be around much longer", "nobody would miss me",
    ],
    "immediate_danger": [
        "going to kill me", "gonna kill me", "going to hurt me", "gonna hurt me", "wants to kill me",
        "trying to kill me", "has a gun", "have a gun", "has a knife", "hitting me", "beating me",
        "locked me in", "locked in a room", "im locked in", "i am locked in", "im trapped",
        "i am trapped", "in danger right now", "im in danger", "i am in danger", "help me now",
        "send help", "call 911", "he is hurting me", "hes hurting me", "she is hurting me",
        "shes hurting me", "they are hurting me", "theyre hurting me", "choking me",
        "with a gun", "with a knife", "pointing a gun", "stab me", "shoot me", "kicking me",
        "tied me up", "scared for my life",
        "afraid for my life", "leave this room alive", "sos", "help help",
        "forcing me into a car", "taking me somewhere",
    ],
}

# Words that, just before a crisis phrase, mean the opposite ("i don't want to die").
NEGATIONS = ["no", "not", "dont", "never", "isnt", "im not", "not really"]

# Patterns of a stated age, checked on the whole normalised message (the number is group 1).
# Only what is said as an age: "im 16", "i am 16 years old", "age 16"; never "12 hours".
AGE_PATTERNS = [
    r"^(?:i am|im|am|age|aged)\s+(\d{1,2})$",
    r"\b(?:i am|im)\s+(\d{1,2})\s*(?:years old|year old|yrs old|yo|y o)\b",
    r"^(\d{1,2})\s*(?:years old|year old|yrs old|yo|y o)$",
    r"\b(?:my age is|im age|age is)\s+(\d{1,2})\b",
]
