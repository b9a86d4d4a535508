# Replaces PyInstaller's own hook for PySide6.QtGui (packaging/frontdesk.spec puts this
# folder first in hookspath): the same collection, minus three Qt plugins whose
# dependencies would be copied from the build host and weigh ~40 MB:
#   platformthemes/libqgtk3           -> GTK 3, GDK, ATK, cairo, pango ... (the app uses
#                                        Fusion; the xdgdesktopportal theme stays)
#   platforminputcontexts/libqtvirtualkeyboardplugin -> QtVirtualKeyboard, QtQml, QtQuick
#   imageformats/libqpdf              -> QtPdf
# Dropping a plugin here (before the dependency analysis) keeps its libraries out of
# the bundle entirely; filtering the Analysis afterwards would leave dangling symlinks.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

DROPPED_PLUGINS = ("libqgtk3", "libqtvirtualkeyboardplugin", "libqpdf")

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (src, dest) for src, dest in binaries if not any(name in src for name in DROPPED_PLUGINS)
]
