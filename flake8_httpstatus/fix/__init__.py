"""``flake8-httpstatus fix``: the checker's findings turned into edits of the source.

``cli`` (the command) -> ``settings`` (options and flake8's select/ignore from its config) and
``files`` (flake8's file discovery, atomic writes) -> ``fixer`` (bytes in, bytes out) -> ``plan``
(which literals may be rewritten: ``scope`` says whether the name may be written there,
``imports`` where the import goes), ``noqa`` (what flake8 would not show), ``verify`` (the
self-check before anything is written) -> ``report`` (progress and summary).

The flake8 plugin never imports this package.
"""
