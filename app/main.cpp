// las-review: placeholder entry point; the desktop app is built by its own issue.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QObject::tr("LAS Review: the desktop app is not built yet. Use lasctl and las-emulator."));
    label.show();
    return app.exec();
}
