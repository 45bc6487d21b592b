from __future__ import annotations

import sys
from pathlib import Path

# The CLI tests build their Allure results with the sign-off tests' factory.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "signoff"))
