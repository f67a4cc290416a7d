"""Rendering with CSL styles through citeproc-py: style lookup, bibliographies, citations."""
