#pragma once

#include <QIcon>
#include <QStyle>

// An icon of the user's desktop theme by its freedesktop name, or the style's standard icon when the theme
// has none, so the app fits the desktop and still shows an icon everywhere.
QIcon themedIcon(const QString &freedesktopName, QStyle::StandardPixmap fallback);
