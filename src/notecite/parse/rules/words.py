"""Small word and mark sets that several rule modules read."""
from __future__ import annotations

from typing import Sequence

from ..model import Token

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


def lowered_words(tokens: Sequence[Token]) -> frozenset[str]:
    """The lower-cased texts of a note's tokens: a rule that needs a word first asks whether the note
    has it, and skips the note without a scan when it has not. Computed once per note (the rules ask
    about one note in turn; a note's tokens never change in place)."""
    global _LAST
    held, words = _LAST
    if held is not tokens:
        words = frozenset(token.text.lower() for token in tokens)
        _LAST = (tokens, words)
    return words


_LAST: tuple[Sequence[Token] | None, frozenset[str]] = (None, frozenset())


#: "in" in the notes' languages: before a container (``in ibid.``, ``written 1965, in …``) or, with a possessive
#: determiner, between an author and the title of a work of theirs (``M. Story dans ses Commentaires``).
IN_WORDS = frozenset({"in", "dans", "en", "im"})
THEIR_WORDS = frozenset({"his", "her", "their", "son", "sa", "ses", "leur", "leurs", "seinem", "seiner", "seinen",
                         "seine", "ihrem", "ihrer", "ihren", "su", "sus"})
