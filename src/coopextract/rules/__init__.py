"""The generic English rules, each a built-in plugin (see :mod:`coopextract.plugins`)."""
