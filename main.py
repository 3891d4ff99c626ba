"""Run kolcrm from a source checkout: `python main.py` does what `kolcrm` does."""

import sys

from kolcrm.cli import main

if __name__ == "__main__":
    sys.exit(main())
