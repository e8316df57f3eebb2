"""``cnw`` subcommands, one module per part; each has ``register(subparsers)``."""
