#include "shell/main/themedicon.h"

#include <QApplication>

QIcon themedIcon(const QString &freedesktopName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(freedesktopName, QApplication::style()->standardIcon(fallback));
}
