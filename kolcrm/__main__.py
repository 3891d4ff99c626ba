import sys

from kolcrm.cli import main

sys.exit(main())
