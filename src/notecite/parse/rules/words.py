"""Small word and mark sets that several rule modules read."""
from __future__ import annotations

#: Labels of name runs.
NAME_LABELS = frozenset({"author", "editor", "translator"})
#: Opening quotation marks, and the closing mark each one expects.
OPENING_QUOTES = frozenset("“‘«„\"")
QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»", "„": "“", "\"": "\""}
#: Lower-case words that title case leaves small (English, French, German).
FUNCTION_WORDS = frozenset("of the a an and in on to for de la le les des du et der die das und von zu".split())
#: Capitalised words that make a phrase an organisation, not a work (``Trotsky's Fourth International``).
ORGANISATION_WORDS = frozenset("""international party committee congress union league army ministry government
council commission society association institute university opposition front movement bureau
secretariat presidium politburo comintern cheka navy""".split())
