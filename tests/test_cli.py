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
