"""The command line: ``flake8-httpstatus fix`` (the checker's findings turned into edits of the
source) and ``flake8-httpstatus check`` (``check``: the findings flake8 would report, written by
``formats`` as flake8's lines, json, GitHub annotations, a GitLab report or SARIF). Both share
the settings, the files, ``runner`` (``--jobs``), the noqa rules and the checker's entry point.

``cli`` (the command) -> ``settings`` (options and flake8's select/ignore from its config) and
``files`` (flake8's file discovery, atomic writes) -> ``fixer`` (bytes in, bytes out) -> ``plan``
(which literals may be rewritten: ``scope`` says whether the name may be written there,
``renames`` which HTS008 imports may be renamed, ``imports`` how the needed import is added: a
name joining an existing ``from`` import, or a statement placed by ``import_placement`` in the
block ``import_block`` reads, as ``sorting`` says the project sorts), ``noqa`` (what flake8
would not show), ``verify`` (the self-check before anything is written) -> ``report`` (progress
and summary).

The flake8 plugin never imports this package.
"""
