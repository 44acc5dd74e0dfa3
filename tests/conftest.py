"""Hypothesis runs derandomized: CI must be repeatable. Explore new examples locally with
``HYPOTHESIS_PROFILE=explore``."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
