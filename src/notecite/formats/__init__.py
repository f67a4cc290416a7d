"""Reading and writing libraries: CSL-JSON, BibTeX/BibLaTeX (pybtex) and RIS."""
