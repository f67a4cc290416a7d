"""The review stage: a person's corrections to a document's cites, links and records.

Corrections live in a sidecar beside the document (:mod:`.corrections`) and are applied by
every extract run (:mod:`.apply`): labels and cite breaks at parse time, links, record edits
and merges after link. :mod:`.server` is the local review page that makes them; :mod:`.training`
turns corrected notes into training data for a user model.
"""
from .apply import apply_to_library, note_overrides
from .corrections import Corrections, CorrectionError, load, save, sidecar_path

__all__ = ["Corrections", "CorrectionError", "apply_to_library", "load", "note_overrides", "save", "sidecar_path"]
