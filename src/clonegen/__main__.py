import sys

from clonegen.cli import main

sys.exit(main())
