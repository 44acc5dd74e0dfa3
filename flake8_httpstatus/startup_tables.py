"""What every flake8 run reads of ``rules`` and ``constant_styles``: made from them by ``python -m
flake8_httpstatus.docs --write`` (``docs.startup_module``). Not to be edited."""

from typing import Dict, Tuple

RULE_CODES: Tuple[str, ...] = (
    'HTS001',
    'HTS002',
    'HTS003',
    'HTS004',
    'HTS005',
    'HTS006',
    'HTS007',
    'HTS008',
    'HTS009',
    'HTS010',
    'HTS011',
    'HTS012',
)

OFF_BY_DEFAULT: Tuple[str, ...] = (
    'HTS009',
    'HTS010',
)

SUGGESTED_STYLES: Tuple[str, ...] = (
    'stdlib',
    'drf',
    'starlette',
    'fastapi',
    'litestar',
    'falcon',
    'httpx',
)

DISTRIBUTIONS: Dict[str, str] = {
    'djangorestframework': 'drf',
    'starlette': 'starlette',
    'fastapi': 'fastapi',
    'litestar': 'litestar',
    'falcon': 'falcon',
    'httpx': 'httpx',
}
