"""Run the refdesk command line with ``python -m refdesk``."""

from __future__ import annotations

import sys

from refdesk.cli import main

sys.exit(main())
