"""`python -m kolcrm` does what `kolcrm` does."""

import sys

from kolcrm.cli import main

if __name__ == "__main__":  # worker processes (spawn) import this module without running the app
    sys.exit(main())
