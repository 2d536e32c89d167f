"""Testing helpers for extractor and plugin authors (install the ``testing`` extra).

* :mod:`coopextract.testing.strategies`: Hypothesis strategies for the schema and
  generated articles;
* :mod:`coopextract.testing.properties`: reusable properties (``check_*``);
* :mod:`coopextract.testing.conformance`: :func:`check_plugin` for a plugin;
* :mod:`coopextract.testing.profiles`: the ``ci``, ``dev`` and ``thorough`` profiles;
* a pytest plugin (:mod:`coopextract.testing.pytest_plugin`) with fixtures.
"""
