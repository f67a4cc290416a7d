"""Command-line subcommands, one module each; see notecite.cli."""
