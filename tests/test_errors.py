"""The project's exceptions: each crosses a process boundary (``--jobs``) intact."""
import pickle

from notecite.errors import InputError


def test_input_error_pickles_with_its_file_problem_and_line():
    error = pickle.loads(pickle.dumps(InputError("a/b.docx", "not a DOCX file", line=3)))
    assert (error.path, error.problem, error.line, str(error)) == ("a/b.docx", "not a DOCX file", 3, "a/b.docx:3: not a DOCX file")
