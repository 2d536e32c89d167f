"""coopextract plugin for Vietnam News Agency wire reports and VietnamPlus pages.

Registered under the entry-point name ``vna``. Everything it knows is data
(``data/*.tsv``) except the page-furniture rule in :mod:`coopextract_vna.furniture`.
"""

from __future__ import annotations

from coopextract_vna.furniture import coopextract_detect_source, coopextract_segment
from coopextract_vna.vocabulary import coopextract_register_vocabulary

__version__ = "0.1.0"
__all__ = [
    "coopextract_detect_source",
    "coopextract_register_vocabulary",
    "coopextract_segment",
]
