"""LaTeX encoding and decoding of field values."""
import pytest

from notecite.formats.latex import decode, decode_verbatim, encode, encode_verbatim


@pytest.mark.parametrize("char, escaped", [
    ("&", r"\&"), ("%", r"\%"), ("#", r"\#"), ("_", r"\_"), ("{", r"\textbraceleft{}"), ("}", r"\textbraceright{}"), ("$", r"\$"),
    ("~", r"\textasciitilde{}"), ("^", r"\textasciicircum{}"), ("\\", r"\textbackslash{}"),
])
def test_each_special_character_is_escaped_and_read_back(char, escaped):
    assert encode(f"a{char}b") == f"a{escaped}b"
    assert decode(encode(f"a{char}b")) == f"a{char}b"


def test_non_ascii_stays_utf8_by_default():
    assert encode("Révolution – Łódź") == "Révolution – Łódź"


def test_ascii_mode_writes_braced_accent_commands():
    assert encode("Révolution", ascii=True) == r"R{\'e}volution"
    assert encode("Łódź", ascii=True) == r"{\L}{\'o}d{\'z}"
    assert encode("Straße", ascii=True) == r"Stra{\ss}e"
    assert encode("1901–1941", ascii=True) == "1901--1941"
    assert encode("Révolution", ascii=True).isascii()


@pytest.mark.parametrize("text", [
    "Révolution & 100% #1 a_b {x} $5 ~ ^ \\ end",
    "Über die Sätze – “quoted” — Ærø Łódź ß çà",
    "a literal -- double hyphen and ``backticks'' kept",
    "<i>Das Kapital</i> and <b>bold</b> x<sup>2</sup> H<sub>2</sub>O",
    "non\u00a0breaking",
])
@pytest.mark.parametrize("ascii", [False, True])
def test_round_trip(text, ascii):
    assert decode(encode(text, ascii=ascii)) == text


@pytest.mark.parametrize("latex, text", [
    (r"G{\"o}del", "Gödel"), (r"G\"odel", "Gödel"), (r"G\"{o}del", "Gödel"), (r"\'{\i}", "í"),
    (r"\c{c}a", "ça"), (r"\v s", "š"), (r"Stra\ss e", "Straße"), (r"{\o}re", "øre"), (r"\`a la", "à la"),
    (r"\emph{Capital}", "<i>Capital</i>"), (r"\textit{x} \textbf{y}", "<i>x</i> <b>y</b>"),
    ("1789--1848", "1789–1848"), ("yes---no", "yes—no"), ("{DNA} and {T}itles", "DNA and Titles"),
    (r"100\% \& \_", "100% & _"), ("J.~R.~R.", "J.\u00a0R.\u00a0R."), (r"$x^2$", "$x^2$"),
])
def test_decode_hand_written_forms(latex, text):
    assert decode(latex) == text


def test_decode_names_reads_tilde_as_space():
    assert decode("J.~R.~R.", names=True) == "J. R. R."


def test_encoded_braces_are_balanced():
    from pybtex.bibtex.utils import scan_bibtex_string

    value = encode("}{ odd {{ braces } & <i>open")
    assert list(scan_bibtex_string(value))[-1][1] == 0


def test_a_tag_without_its_other_half_is_plain_text_both_ways():
    for text in ["<sup>", "x<i>", "</b>y", "<i>a</b>"]:  # an opening tag alone was closed on the way back
        assert decode(encode(text)) == text
    assert encode("a <i>b <b>c</b></i>") == "a \\emph{b \\textbf{c}}"


def test_verbatim_values_keep_specials():
    url = "https://example.org/a_b?x=1&y=2%20z#frag"
    assert encode_verbatim(url) == url
    assert decode_verbatim(encode_verbatim(url)) == url
    assert decode_verbatim(r"\url{https://x.org/a\_b}") == "https://x.org/a_b"
    assert encode_verbatim("https://x.org/{a}") == "https://x.org/%7Ba%7D"


def test_decode_reads_backslash_brace_escapes_too():
    assert decode(r"\{x\}") == "{x}"


def test_nocase_spans_for_case_protecting_braces():
    assert decode("{DNA} of {T}itles", nocase=True) == '<span class="nocase">DNA</span> of <span class="nocase">T</span>itles'
    assert decode(r"R{\'e}volution", nocase=True) == "Révolution"  # an accent group protects nothing
    assert encode('<span class="nocase">DNA</span> x') == "{DNA} x"
