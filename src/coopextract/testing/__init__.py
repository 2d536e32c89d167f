"""Testing helpers for extractor and plugin authors (install the ``testing`` extra)."""
