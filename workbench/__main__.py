"""`python -m workbench`: the same as the `cnw` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
