"""Hypothesis runs derandomized: CI must be repeatable. Explore new examples locally with
``HYPOTHESIS_PROFILE=explore``. The result cache is off."""

from __future__ import annotations

import os

from hypothesis import settings

# No test reads or fills the developer's result cache; tests/test_cache.py points it elsewhere.
os.environ["FLAKE8_HTTPSTATUS_CACHE_DIR"] = "off"

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
