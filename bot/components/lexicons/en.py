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
        # Typos, doubled words and the short ways people type in a hurry.
        "exti", "exitt", "eixt", "exit exit", "close close", "hide hide", "esc", "gtg", "gtg hurry",
        "close it", "hide it", "close window", "close the window", "close the app",
        "close everything", "hurry close", "shut it down", "end this", "end this chat",
        "get me out of here", "i have to leave", "need to go", "i need to go",
        "somebody is coming", "somebodys coming", "someone coming", "someone is looking",
        "someone is watching", "someones watching", "he is watching", "hes watching",
        "she is looking", "shes looking", "he is back", "hes back", "hes coming back",
        "he is coming back", "my boss is coming", "boss is coming", "boss is here",
        "my boss is here", "manager is here", "my manager is here", "hes next to me",
        "im not alone", "they can see my screen", "someones here", "cant talk", "cant talk rn", "not safe to talk",
        "exit the chat", "leave this chat", "close this chat", "hide everything", "hide screen",
        "hes here close", "hes here exit", "someone is here close", "someone is near",
        "someones watching me", "they are watching", "theyre watching", "they can see",
        "hes looking at my phone", "shes looking at my phone", "shes reading my phone",
        "boss coming", "supervisor is coming", "hes walking in", "shes coming in", "theyre back",
        "cant text", "gotta hide", "must go", "take me off this page", "get me off this page", "not safe to type",
        "not safe to text", "not safe to chat",
        "abort", "abort abort", "bye exit", "exit exit exit", "exiy", "exut", "clos",
        "cloae", "hde",
        # Someone arriving or standing close, said in a few words; leaving the page.
        "walked in", "just walked in", "he walked in", "she walked in", "someone walked in",
        "my boss walked in", "boss walked in", "he just walked in", "she just walked in",
        "someone just walked in", "my boss just walked in", "hes behind me", "shes behind me",
        "hes right behind me", "shes right behind me", "someone is behind me", "behind me",
        "right behind me", "hes right here", "shes right here", "theyre right here",
        "hes home", "he is home", "shes home", "hes outside the door", "get off this page",
        "close this page", "close the page", "leave this page", "get off this site",
        "close the tab", "close this tab", "hide this page", "hide the screen",
        "gotta go", "got to go", "g2g", "hes at the door", "shes at the door", "theyre at the door",
        "someone is at the door", "someones at the door", "boss is at the door", "at the door",
        "clear the screen", "clear screen", "clear my screen", "they r watching me",
        "they are watching me", "theyre watching me", "hes watching me", "shes watching me",
        "they came back", "he came back", "she came back", "hes reading this",
        "hes reading my messages", "shes reading this", "reading over my shoulder",
    ],
    "delete_data": [
        "delete", "delete my data", "delete my info", "delete my information", "delete everything",
        "delete this conversation", "delete this chat", "erase", "erase my data", "erase everything",
        "remove my data", "wipe my data",
        "delete the chat", "delete it", "delete it all", "delete all of it", "delete what i said",
        "delete my messages", "delete all my messages", "delete my history", "delete the conversation",
        "delete this whole convo", "delete the convo", "erase this conversation", "erase the chat",
        "erase everything i said", "erase my info", "erase my information", "erase all of this",
        "erase what i wrote", "remove my info", "remove my information", "remove this conversation",
        "remove everything", "remove my messages", "remove the chat history", "forget what i said",
        "forget everything i told you", "forget this conversation", "forget my info",
        "i want my data deleted", "can you delete this", "can you delete my data",
        "can you erase what i wrote", "i want you to delete this", "dont keep my data",
        "dont save this", "dont save my messages", "dont keep any of this", "wipe this chat",
        "wipe everything", "clear my data", "clear this conversation", "clear everything",
        "get rid of my data", "i dont want you to keep this", "delete all of this", "delete my chat",
        "delete my texts", "delete all my info", "erase it", "erase all", "erase my messages",
        "erase my history", "erase what i told you", "remove all my data", "remove everything i said",
        "remove what i wrote", "wipe it", "wipe all my info", "clear the chat", "clear my history",
        "clear my messages", "clean my data", "forget me", "forget everything", "forget all of it",
        "dont save anything", "dont keep my messages", "i want everything deleted",
        "can you erase my data", "can you remove my info", "i want my info removed",
        "i want my messages erased", "destroy my data",
    ],
    # Alarm words that mean danger only when they are the whole message ("sos" is also the
    # Spanish "you are": "sos un robot?").
    "immediate_danger": [
        "sos", "sos sos", "help sos", "sos help", "emergency", "its an emergency",
        "this is an emergency", "help help", "help help help", "911",
    ],
    # Self-injury said as the whole message ("i cut myself at work" is not).
    "self_harm": ["i cut myself", "cut myself", "i cut myself again", "i burned myself on purpose"],
}

FILLERS = ["now", "please", "pls", "plz", "right", "quick", "quickly", "fast", "asap", "the", "this",
           "hurry", "rn", "just", "omg", "ok", "oh", "shit"]

# Phrases that, anywhere in a message, mean the crisis intent (after normalise(): lower case,
# no accents or punctuation). Self-harm is checked before danger.
CRISIS = {
    "self_harm": [
        "kill myself", "killing myself", "kill my self", "kms", "want to die", "wanna die",
        "way to die", "death would be easier", "dying would be easier", "easier to just die",
        "crash my car on purpose", "crashing my car on purpose", "crash my truck on purpose",
        "crashing my truck on purpose", "off the road on purpose", "into traffic on purpose",
        "end my life", "end it all", "suicide", "suicidal", "better off dead",
        "better off without me", "no reason to live", "not worth living", "take my own life",
        "dont want to live anymore", "dont want to be alive", "wish i was dead",
        "wish i were dead", "hurt myself on purpose", "cut myself on purpose", "cut my wrists",
        "slit my wrists", "end it tonight", "end it all tonight", "want it to end",
        "want it all to end", "rather die", "rather be dead", "take all the pills",
        "take all my pills", "jump off a bridge", "jump off the roof", "hang myself",
        "stop existing", "not be around much longer", "nobody would miss me",
        "no reason to live", "no reasons to live", "any reason to live", "nothing to live for",
        "lost my reason to live", "point of living", "point in living",
        "cant go on living", "life isnt worth it", "life isnt worth living", "tired of living",
        "tired of being alive", "done with life", "give up on life", "think about dying",
        "thinking about dying", "feel like dying", "ending my life", "ending it all",
        "about ending it", "end things tonight", "going to end it", "gonna end it",
        "how to end it", "want to hurt myself", "wanna hurt myself", "like hurting myself",
        "keep hurting myself", "been hurting myself", "going to hurt myself", "gonna hurt myself",
        "cutting myself", "cut myself again", "want to cut myself", "wanna cut myself",
        "burn myself", "burning myself", "hit myself", "scratch myself", "self harm",
        "self harming", "selfharm", "disappear forever", "never wake up", "dont wake up",
        "sleep forever", "take them all", "all my pills", "pills at once", "want to overdose",
        "tried to overdose", "on this earth anymore", "never born", "never been born",
        "im a burden", "a burden to everyone", "happier without me", "better without me",
        "rope ready", "unalive", "unaliving", "pain to stop forever", "around much longer",
        "care if i died", "been cutting", "plan to end it", "wish i wasnt alive",
        "reason for me to live", "no reason for me to live", "take all my meds",
        "taking all my meds", "take all my medication", "taking all my medication",
        "swallow all my meds", "whole bottle of pills", "take a bunch of pills", "swallow all the pills",
        "pills saved up", "saved up pills", "stockpiling pills", "ready to end it",
        "hurt myself when", "cut myself when", "not want to wake up", "goodbye note",
        "suicide note", "courage to end it", "nerve to end it", "till it bleeds", "until it bleeds",
        "scratch my skin", "razor hidden", "keep a razor", "keep the razor", "goodbye letter", "goodbye letters", "stop for good", "end for good",
        "to not exist", "not exist anymore", "stop existing", "walk into traffic", "walking into traffic",
        "in front of a train", "in front of a car", "in front of a bus", "till they bleed",
        "until they bleed", "until i bleed", "till i bleed", "knife to my wrist", "blade to my wrist",
        "razor to my", "hurting myself is the only", "cut my arms", "cut my arm", "cutting my arms", "cut my legs",
        "cutting my legs", "giving away my stuff", "giving my things away", "thinking of jumping", "no point in living", "no point living", "want to be dead", "kill my self",
    ],
    "immediate_danger": [
        "with a bat", "with a baseball bat",
        "going to kill me", "gonna kill me", "going to hurt me", "gonna hurt me", "wants to kill me",
        "trying to kill me", "has a gun", "have a gun", "has a knife", "hitting me", "beating me",
        "locked me in", "locked in a room", "im locked in", "i am locked in", "im trapped",
        "i am trapped", "in danger right now", "im in danger", "i am in danger", "help me now",
        "send help", "call 911", "he is hurting me", "hes hurting me", "she is hurting me",
        "shes hurting me", "they are hurting me", "theyre hurting me", "choking me",
        "with a gun", "with a knife", "pointing a gun", "stab me", "shoot me", "kicking me",
        "tied me up", "scared for my life",
        "afraid for my life", "leave this room alive", "help help",
        "forcing me into a car", "taking me somewhere",
        "not safe right now", "not safe here", "im not safe", "i am not safe", "going to beat me",
        "gonna beat me", "will hurt me", "hurt me tonight", "hit me again", "is hurting me",
        "are hurting me", "he hurt me", "im bleeding", "threatening me", "threatening to hurt me",
        "threatening to kill", "grabbed me", "wont let go", "hes violent", "getting violent",
        "broke down the door", "banging on the door", "trying to get in", "hurt my kid",
        "hurt my kids", "attacking me", "being attacked", "following me", "call the police for me",
        "need the police", "need police now", "pulled a gun", "pulled a knife", "has a weapon",
        "with a weapon", "kill me if", "will kill me", "hell kill me", "going to do it again",
        "locked all the doors", "locked from outside", "cant get out", "about to get hurt",
        "need help right now", "need help now", "tonight will be worse",
        "got a knife", "got a gun", "send the police", "send police", "coming to hurt me",
        "hiding from him", "hiding from them", "dont know where i am", "forcing me into",
        "knife to my throat", "knife at my throat", "knife to my neck", "gun to my head",
        "gun at my head", "getting beat", "getting beaten", "being beaten", "being beat up",
        "beating my friend", "have guns", "has guns", "put me in a van", "put me in a car",
        "pushed me into a car", "pushed me into a van", "threw me in a car", "threw me in a van",
        "where theyre taking me", "where they are taking me", "where hes taking me",
        "im being taken", "being taken somewhere", "trying to take me", "trying to grab me",
        "took my kid and", "took my baby and", "driving away with me", "coming back for more",
        "got my baby", "has my baby", "driving off with", "pointed a gun", "at gunpoint", "breaking in", "broke in", "whipping me", "punching me",
        "slapping me", "strangling me", "pinned me", "got me pinned", "locked us in", "mayday",
        "shooting at", "theyre shooting", "someone is shooting", "just broke my", "broke my arm",
        "broke my nose", "broke my ribs", "if he finds me", "if they find me", "set the room on fire",
        "burn the room", "burn the house", "poured gasoline", "being held against my will", "im held against my will", "holding me against my will",
        "keeping me here against my will", "wont let me out of the room", "wont let me out of here",
        "wont let me leave the room",
    ],
}

# Someone arriving, close by or watching, or the person having to leave: quick_exit when the
# message is short (bot.components.lexicons.MAX_PRESENCE_WORDS), anywhere in it. Regular
# expressions over the normalised text (lower case, no accents, no apostrophes: "hes").
_WHO = (r"(?:he|she|they|hes|shes|theyre|someone|somebody|someones|somebodys|(?:(?:my|the|her|his|our|crew) )?"
        r"(?:husband|boyfriend|bf|man|boss|pimp|manager|supervisor|madam|wife|partner|guy|owner|"
        r"landlord|traffickers?|foreman|leader|boss man|daddy|crew leader))")
# Words before a presence phrase that make it a story, not an alarm ("when he came back").
PRESENCE_NOT_AFTER = ["when", "if", "before", "after", "every time", "whenever"]
PRESENCE = [
    _WHO + r" (?:is |are |just |s )?(?:here|back|home|coming|outside|upstairs|downstairs)\b",
    _WHO + r" (?:just )?(?:came|got|walked|walking|walks|coming|pulled|pulling|is walking|is coming)"
           r" (?:home|back|in|into|over|up|this way|my way|inside)\b",
    _WHO + r" (?:is |s )?(?:knocking|banging)\b",
    _WHO + r" (?:is |s |are )?(?:right |just )?(?:at the door|behind me|next to me|"
           r"on (?:his|her|their|the) way)\b",
    r"\b(?:(?:his|her|their|the|bosss?) )?(?:truck|car|van) (?:is |just )?(?:outside|here|pulled up)\b",
    r"\b(?:g2g|gtg)\b",
    _WHO + r" (?:is |are |s )?(?:watching|looking|checking|reading|staring)\b"
           r"(?! for| after| into| up| forward| like)",
    r"\b(?:checking|looking at|reading|grabbing) my (?:phone|screen|messages|texts)\b",
    r"\b(?:cant|can not|cannot) (?:talk|text|chat|write)\b(?! to| with| about| because| bc)",
    r"\b(?:over|looking over) my shoulder\b",
    r"\bi (?:can )?hear (?:him|her|them|someone|somebody|the \w+) (?:coming|outside|at the door|"
    r"on the stairs|in the hall)\b",
]

# Words that, just before a crisis phrase, mean the opposite ("i don't want to die").
NEGATIONS = ["no", "not", "dont", "never", "isnt", "im not", "not really"]
# Words that, just before a presence phrase, mean the opposite ("nobody is watching").
PRESENCE_NEGATIONS = ["nobody", "no one", "noone"]

# Saying it is safe to talk now: alone, nobody near or watching, the person who controls them
# away ("im alone", "hes at work", "nobody checks my phone"). Only a message made of nothing else
# (these phrases and SAFE_FILLERS) counts: "im alone and scared", "hes at work but he checks my
# phone", "he just left to get his gun" do not. What erases or alarms must not come from "i'm
# alone", and "safe" must not come from a message that says more.
_CONTROLLER = (r"(?:he|she|they|hes|shes|theyre|mi (?:esposo|marido|jefe|patron)|"
               r"(?:(?:my|the|our)\s+)?(?:husband|boyfriend|bf|boss|manager|supervisor|wife|"
               r"partner|pimp|foreman|crew leader|landlord|patron|madam|trafficker|roommates?|"
               r"crew|family|other girls|girls|others))")
_AWAY = (r"(?:at work|at his job|at her job|asleep|sleeping|out of town|out of the country|on shift|"
         r"not here|not home|away|off today|off work|off|gone for the day|gone|at the bar|"
         r"at the store|at the game|on a trip|travell?ing|on the road|in the fields|at the site|"
         r"in town|out)")
SAFE = [
    # Saying so: "yes its safe", "safe to talk", "im ok to talk", "its ok to talk now".
    r"\b(?:(?:its|it is|i feel|feel|im|i am|i m)\s+)?(?:safe|ok|okay|fine|good)\s+to\s+"
    r"(?:talk|chat|text)\b",
    r"\b(?:im|i am|i m)\s+(?:alone|by myself|on my own|home alone|safe)\b", r"\bby myself\b",
    r"\b(?:im|i am|i m)\s+(?:in|at|on|outside)\b(?:\s+(?!with\b|and\b|but\b|w\b)\w+){0,4}?\s+"
    r"(?:alone|by myself)\b",
    r"\b(?:nobody|no one|noone|nobodys|no ones)\s+(?:is\s+|s\s+|else\s+)?(?:home but me|near me|"
    r"here|home|around|near|with me|watching me|watching|looking|can see my screen|"
    r"checks (?:my|this) phone|will check my phone|(?:will )?(?:look at|touches|uses|reads) "
    r"(?:this|my) phone)\b",
    r"\b(?:its|it is)\s+(?:just|only)\s+me\b", r"^just me\b", r"\b(?:empty house|home alone)\b",
    _CONTROLLER + r"\s+(?:is\s+|are\s+|s\s+)?" + _AWAY + r"\b",
    _CONTROLLER + r"\s+(?:just\s+|already\s+)?(?:left for (?:the )?\w+|"
    r"went out (?:shopping|drinking|with (?:his|her|their) \w+|w (?:his|her|their) \w+)|went out|"
    r"went home|went (?:to|into) (?:the |his |her )?\w+|fell asleep|drove to (?:the )?\w+|"
    r"took (?:the \w+|everybody|everyone)(?: to (?:the )?\w+)?(?: and left)?|left)\b",
    _CONTROLLER + r"\s+(?:wont|will not|wont be|isnt)\s+(?:be\s+)?(?:back|home|coming back)\b",
    r"\b(?:and\s+)?(?:wont|will not|isnt|not)\s+(?:be\s+)?(?:back|home)\s+(?:for hours|for a while|"
    r"(?:till|until|til) \w+|tonight|today)\b",
    _CONTROLLER + r"\s+works (?:nights|the night shift|late|all day)\b",
    r"\b(?:my|the|our)\s+\w+\s+(?:is|are|s)\s+(?:at work|asleep|sleeping|out)\b",
    r"\b(?:everyone|everybody|they all)(?:\s+(?:in the house|here|else))?\s+(?:is\s+|are\s+)?"
    r"(?:asleep|sleeping|at work|went to bed|went out|left|out)\b",
    r"\b(?:coast is clear|all clear)\b",
    r"\b(?:its|it is|i feel)\s+safe\b", r"^(?:yes |yeah |yea )?safe\b",
    # A private moment: "i have time now", "i have like 20 min".
    r"\b(?:i have|i got|got|ive got)\s+(?:some time|time|a few min(?:ute)?s|a minute|a bit|"
    r"(?:like\s+|maybe\s+|about\s+)?(?:(?:\d+|a few|ten|fifteen|twenty|thirty)\s+"
    r"(?:minutes|mins|min|hours|hour)|half an hour|an hour))\b",
    # The phone: "this is my own phone", "he doesnt know my passcode", "a secret phone".
    r"\b(?:this is|its|it is|the phone is|phone is)\s+my (?:own )?phone\b",
    r"\bphone is mine\b",
    r"\b(?:he|she|they)\s+(?:doesnt|dont|does not|do not)\s+know\s+(?:my|the)\s+"
    r"(?:passcode|password|code|pin)\b",
    r"\b(?:i have a|its a|this is a)\s+(?:secret|second|private|other)\s+phone\b",
    r"\bwent (?:for a walk|outside) so i (?:could|can) (?:text|talk|write|chat)\b",
]
# Phrases first, then single words, that may stand around SAFE phrases; and patterns of when.
SAFE_FILLERS = ["right now", "at the moment", "for now", "at home", "so im good", "so im ok",
                "we can talk", "i can talk", "its fine", "its ok", "its safe", "its cool",
                "all good", "on my lunch break", "on my break", "on my lunch", "on break",
                "nobody around", "in my car", "in the car", "in the bathroom", "in my room",
                "in the bedroom", "outside", "at the laundromat", "at the trailer",
                "he doesnt know about", "nobody else uses it", "so i can talk", "im good", "im ok",
                "for the day", "this week", "all week", "all afternoon", "all morning",
                "yes", "yeah", "yea", "ya", "yep", "yup", "ok", "okay", "sure", "now", "rn", "atm",
                "so", "and", "finally", "cool", "lol", "today", "tonight", "here", "alone"]
SAFE_FILLER_PATTERNS = [r"(?:till|until|til|untill) \w+", r"all (?:night|day|weekend)",
                        r"for (?:hours|the day|the night|the weekend|a while|a bit)"]

# A message the classifier read as safe_to_talk that says the opposite: it is not safe, the
# person is not alone or not sure, someone is with them or near, or may check the phone later
# ("not safe rn", "not alone rn", "im with him", "i dont feel safe", "he might check my phone").
# A bag of n-grams cannot see the negation; such a short message becomes quick_exit.
NOT_SAFE = [
    r"\b(?:not|isnt|aint|never|no longer)\s+(?:\w+\s+)?(?:safe|alone|by myself|on my own|clear)\b",
    r"\bunsafe\b",
    r"\b(?:dont|do not|don t|doesnt)\s+(?:feel|think|know)\b.*\b(?:safe|alone)\b",
    r"\b(?:idk|not sure|dunno)\s+(?:if|whether)\b",
    r"(?<!\bno one )(?<!\bnobody )(?<!\bnoone )\b(?:might|could|will|may|gonna|going to)\s+"
    r"(?:see|check|come|look|read|be back|get back)\b",
    r"\b(?:im|i am)\s+with\s+(?:him|her|them|" + _CONTROLLER + ")",
    r"\b(?:hes|shes|he is|she is|theyre|they are)\s+in the\s+(?:next room|other room|kitchen|"
    r"living room|bedroom|hall|house)\b",
    # Leaving, or someone arriving: never a safe answer.
    r"\b(?:gotta|got to|have to|need to|i gotta|im gonna) (?:go|leave|hide)\b", r"\bim leaving\b",
    r"\b(?:pulled up|just got (?:home|back)|came (?:home|back)|is back|are back|walked in)\b",
]

# Words that, just after a crisis phrase, make it something else: a preposition or particle that
# changes the verb ("kicking me out"), debt or a contract rather than a room ("trapped in debt"),
# a threat used to keep someone working (disclose_concern, not danger now), an accident, or harm
# clearly in the past. Never words that could follow a real emergency ("at work", "before i").
NOT_AFTER = [
    "of", "out", "up", "around", "in debt", "in a contract", "in this contract",
    "with immigration", "with ice", "with deportation", "with deporting", "with calling",
    "with the police", "with the cops", "with firing", "on the stove", "on the fryer",
    "on the grill", "by accident", "accidentally", "last year", "last month", "years ago",
    "a long time ago", "when i was", "into sex", "into prostitution", "into working",
]

# Patterns of a stated age, checked on the whole normalised message (the number is group 1).
# Only what is said as an age: "im 16", "i am 16 years old", "age 16"; never "12 hours".
AGE_PATTERNS = [
    r"^(?:i am|im|am|age|aged)\s+(\d{1,2})$",
    r"\b(?:i am|im)\s+(\d{1,2})\s*(?:years old|year old|yrs old|yo|y o)\b",
    r"^(\d{1,2})\s*(?:years old|year old|yrs old|yo|y o)$",
    r"\b(?:my age is|im age|age is)\s+(\d{1,2})\b",
    r"^(?:i am |im )?(\d{1,2}) and a half$",
    r"^(?:i |ive )?(?:just )?turned (\d{1,2})(?: (?:last month|last week|yesterday|today|"
    r"this year|this month))?$",
]

# Numbers in words, for ages ("im seventeen", "forty one"): 10 to 99.
NUMBER_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9}
NUMBER_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
NUMBER_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_JOINER = None  # "forty one"

# The words a safe answer almost always has (word starts): being alone, the others away, asleep
# or at work, the phone, time to talk, a private place, "safe". A safe_to_talk guess on a message
# with none of them ("my cousin is getting beat by the crew boss right now") is not trusted: "good,
# let's go on" is the worst answer to a crisis the lexicons missed, so it gets a kind re-ask.
SAFE_HINTS = [
    r"\b(?:alone|by myself|myself|my own|own phone|nobod|no one|noone|no ones|just me|only me|"
    r"empty|asleep|sleep|slept|bed|work|shift|job|nights|double|left|leave|gone|went|out|away|off|"
    r"trip|travel|town|store|bar|church|vacation|gym|school|errand|game|fishing|shopping|drinking|"
    r"back|home|phone|passcode|password|code|pin|lock|face id|burner|secret|time|min|hour|while|"
    r"bit|til|till|until|safe|clear|ok|okay|fine|good|cool|break|lunch|walk|car|bathroom|room|"
    r"private|talk|text|chat|free|quiet|calm|field|site|farm|laundromat|library|park|outside|"
    r"not here|not home|afternoon|morning|evening|weekend|week|month|checks)"
]
