"""``python -m assistant …``: the same commands as the ``assistant`` script."""
import sys

from assistant.cli import main

sys.exit(main())
