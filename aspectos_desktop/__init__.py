"""Aspectos Desktop: offline self-assessment of telehealth centres (núcleos de telessaúde).

The package root is the Qt-free core; everything that touches PySide6 lives in
``aspectos_desktop.ui``.
"""

__version__ = "0.1.0"
