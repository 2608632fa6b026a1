"""English safety commands (whole messages) and the filler words that may surround them."""

COMMANDS = {
    "quick_exit": [
        "exit", "quit", "close", "close chat", "exit chat", "quit chat", "leave", "leave chat",
        "get me out", "get out", "hide", "hide this", "hide chat", "panic", "end chat",
        "someone is coming", "someones coming", "he is here", "hes here", "she is here",
        "they are here", "x", "they are looking at my phone", "they're looking at my phone",
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
