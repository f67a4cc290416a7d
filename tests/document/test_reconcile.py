"""Splitting notes that a lost separator ran together, and the mismatch warnings."""
from __future__ import annotations

from notecite.document.model import Marker, Note
from notecite.document.reconcile import boundaries, boundary_score, reconcile, split_note


def _markers(n: int) -> list[Marker]:
    return [Marker(i, i * 10) for i in range(1, n + 1)]


def test_boundary_after_a_locator_before_a_short_cite_beats_prose_boundaries():
    text = "Bloch, Feudal Society, 2:45. Febvre, Combats pour l'histoire, 12."
    prose = "The debate was fierce. See Bloch, Feudal Society, 2:45."
    assert boundaries(text)[0].score > boundaries(prose)[0].score


def test_abbreviations_and_initials_are_not_boundaries():
    text = "Ed. by J. R. Hale, trans. M. Smith (London: Faber, 1960), p. 4."
    assert boundaries(text) == []
    assert boundary_score("Smith, ed. Jones", 10, 11) == 0.0


def test_positional_split_renumbers_later_notes_and_keeps_all_text():
    notes = [
        Note(1, "Hobsbawm, Primitive Rebels, 96.", (0, 31)),
        Note(2, "Thompson, Making, 212. Rudé, The Crowd in History, 5.", (32, 85)),
        Note(3, "Ibid., 7.", (86, 95)),
    ]
    original = " ".join(n.text for n in notes)
    out, warnings = reconcile(notes, _markers(4), numbered=False)
    assert [(n.number, n.text) for n in out] == [
        (1, "Hobsbawm, Primitive Rebels, 96."),
        (2, "Thompson, Making, 212."),
        (3, "Rudé, The Crowd in History, 5."),
        (4, "Ibid., 7."),
    ]
    assert out[2].span == (55, 85)
    assert " ".join(n.text for n in out) == original
    assert len(warnings) == 1 and "note 2" in warnings[0]


def test_no_plausible_boundary_means_no_split_and_a_warning():
    notes = [Note(1, "a note in lower case without any sentence end")]
    out, warnings = reconcile(notes, _markers(2), numbered=False)
    assert len(out) == 1
    assert any("calls note(s) 2" in w for w in warnings)


def test_numbered_split_strips_the_lost_label():
    notes = [Note(1, "Duby, Le dimanche de Bouvines, 33. 2 Ibid., 40."), Note(3, "Ibid., 41.")]
    out, warnings = reconcile(notes, _markers(3), numbered=True)
    assert [(n.number, n.text) for n in out] == [(1, "Duby, Le dimanche de Bouvines, 33."), (2, "Ibid., 40."), (3, "Ibid., 41.")]


def test_numbered_split_drops_a_lost_number_glued_to_the_sentence_end():
    notes = [
        Note(4, "Isaac Deutscher, The Prophet Armed (London, 1954), 210-14.5. Deutscher, Prophet Armed, 300."),
        Note(6, "Ibid., 302."),
    ]
    out, _ = reconcile(notes, _markers(6), numbered=True)
    assert [(n.number, n.text) for n in out] == [
        (4, "Isaac Deutscher, The Prophet Armed (London, 1954), 210-14."),
        (5, "Deutscher, Prophet Armed, 300."),
        (6, "Ibid., 302."),
    ]


def test_numbered_split_finds_a_lost_number_glued_to_the_period_before_it():
    notes = [Note(1, "Tony Cliff, Lenin (London: Pluto, 1975), 1:67.2 Ibid., 1:70."), Note(3, "Ibid., 72.")]
    out, _ = reconcile(notes, _markers(3), numbered=True)
    assert [(n.number, n.text) for n in out] == [
        (1, "Tony Cliff, Lenin (London: Pluto, 1975), 1:67."), (2, "Ibid., 1:70."), (3, "Ibid., 72.")]


def test_split_carries_italic_spans():
    text = "Le Goff, La civilisation, 9. Duby, Guerriers et paysans, 3."
    spans = [(text.index(t), text.index(t) + len(t)) for t in ("La civilisation", "Guerriers et paysans")]
    note = Note(4, text, None, spans)
    left, right = split_note(note, boundaries(note.text)[0], 5)
    assert [left.text[a:b] for a, b in left.italic_spans] == ["La civilisation"]
    assert [right.text[a:b] for a, b in right.italic_spans] == ["Guerriers et paysans"]


def test_notes_without_markers_are_reported_not_dropped():
    notes = [Note(1, "One, 1."), Note(2, "Two, 2.")]
    out, warnings = reconcile(notes, _markers(1), numbered=True, allow_split=False)
    assert len(out) == 2
    assert any("note(s) 2 have no marker" in w for w in warnings)


def test_a_skipped_number_written_at_a_sentence_end_splits_the_note_before_it():
    notes = [Note(11, "Deutscher, Prophet Outcast, 22. 12. Ibid., 23."), Note(13, "Trotsky, Revolution Betrayed, 70.")]
    out, warnings = reconcile(notes, [], numbered=True)
    assert [(n.number, n.text) for n in out] == [
        (11, "Deutscher, Prophet Outcast, 22."), (12, "Ibid., 23."), (13, "Trotsky, Revolution Betrayed, 70.")]
    assert any("where note 12's number is written" in w for w in warnings)


def test_a_skipped_number_not_written_in_the_note_before_splits_nothing():
    notes = [Note(11, "Deutscher, Prophet Outcast, 22. Ibid., 23."), Note(13, "Trotsky, Revolution Betrayed, 70.")]
    out, _ = reconcile(notes, [], numbered=True)
    assert [n.number for n in out] == [11, 13]
