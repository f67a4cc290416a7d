import subprocess
import sys

from notecite.cli import build_parser, command_names, main


def test_every_command_module_registers_a_subcommand():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {name.replace("_", "-") for name in command_names()} <= set(sub.choices)


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "usage: notecite" in capsys.readouterr().out


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "notecite", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("notecite ")


def test_help_lists_every_command_with_its_own_help_line(capsys):
    from notecite.cli import COMMANDS

    parser = build_parser()  # every module registered in full
    sub = next(a for a in parser._actions if a.dest == "command")
    registered = {action.dest: action.help for action in sub._choices_actions}
    assert registered == COMMANDS
    with __import__("pytest").raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(name in out and line in " ".join(out.split()) for name, line in COMMANDS.items())


def _modules_loaded_by(argv: list[str]) -> set[str]:
    code = ("import sys\nfrom notecite.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True)
    return set(result.stdout.split("\n")[-2].split())


HEAVY = {"rich", "lxml", "citeproc", "pycrfsuite", "numpy", "pybtex", "notecite.csl.render", "notecite.pipeline"}


def test_help_imports_no_subcommand_dependencies():
    assert not HEAVY & _modules_loaded_by(["--help"])


def test_a_command_imports_only_its_own_module():
    loaded = _modules_loaded_by(["styles", "--help"])
    assert "notecite.commands.styles" in loaded
    assert not {m for m in loaded if m.startswith("notecite.commands.") and m != "notecite.commands.styles"}
    assert not HEAVY & loaded - {"lxml"}
