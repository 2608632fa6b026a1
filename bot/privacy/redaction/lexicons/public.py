"""Contacts and services the assistant itself gives out (bot/content/resources.yml and the domain brief).

They are public service numbers, not personal data: the redactor never replaces them.
Digits only; a leading US country code 1 is stripped before the lookup.
tests/privacy/test_redaction.py checks that every contact in resources.yml is kept.
"""

PUBLIC_NUMBERS = frozenset({
    "911", "988", "211", "711", "311", "233733", "88788", "741741",
    "8883737888",  # National Human Trafficking Hotline
    "8006624357", "8004874889",  # SAMHSA National Helpline, TTY
    "8007997233", "8007873224",  # National Domestic Violence Hotline, TTY
    "8004224453",  # Childhelp
    "8008435678",  # NCMEC
    "8664879243",  # DOL Wage and Hour Division
    "8002738255",  # the former Lifeline number
    "8886289454",  # 988 Spanish (former)
})

PUBLIC_DOMAINS = frozenset({
    "humantraffickinghotline.org", "988lifeline.org", "thehotline.org", "espanol.thehotline.org",
    "samhsa.gov", "findtreatment.gov", "childhelp.org", "missingkids.org", "211.org",
    "dol.gov", "acf.hhs.gov", "hhs.gov", "polarisproject.org", "crisistextline.org",
    "lineadecrisis.org", "uscis.gov",
})

# Services and programmes named in the bot's own messages: public, not personal information.
PUBLIC_NAMES = (
    "Childhelp", "NCMEC", "SAMHSA", "Seeking Safety", "BEFREE", "AYUDA", "Polaris",
    "National Human Trafficking Hotline", "988 Suicide & Crisis Lifeline", "Crisis Text Line",
    "National Domestic Violence Hotline", "Wage and Hour Division", "Department of Labor",
    "National Center for Missing & Exploited Children", "Línea Nacional", "Lifeline",
    "Centro Nacional para Niños Desaparecidos y Explotados", "Cruz Roja", "Red Cross",
    "T visa", "visa T", "Continued Presence", "HUD", "USCIS", "ICE", "DOL", "HHS", "OTIP",
)
