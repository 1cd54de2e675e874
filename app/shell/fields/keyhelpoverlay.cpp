#include "shell/fields/keyhelpoverlay.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QPainter>
#include <QPointer>

KeyHelpOverlay::KeyHelpOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Keyboard keys"));
    setFocusPolicy(Qt::StrongFocus);
    hide();
    parent->installEventFilter(this);
}

QList<std::pair<QString, QString>> KeyHelpOverlay::keys()
{
    auto key = [](const QKeySequence &sequence) { return sequence.toString(QKeySequence::NativeText); };
    return {
        {tr("Tab / Shift+Tab"), tr("Next / previous field")},
        {tr("Enter"), tr("Accept the field and go to the next")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_S)), tr("Save the ground truth")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_Z)), tr("Undo")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), tr("Redo")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_N)), tr("Add a field")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_Delete)), tr("Remove the field")},
        {key(QKeySequence(Qt::ALT | Qt::Key_Up)) + tr(" / ") + key(QKeySequence(Qt::ALT | Qt::Key_Down)),
         tr("Move the field up / down")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_3)), tr("Go to the fields")},
        {tr("Click or drag on the page"), tr("Put the words into the field being edited")},
        {tr("Middle button drag"), tr("Move the page")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Go to the document list")},
        {key(QKeySequence::ZoomIn) + tr(" / ") + key(QKeySequence::ZoomOut), tr("Zoom in / out")},
        {tr("W / F"), tr("Fit width / fit page")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_R)), tr("Rotate the pages")},
        {key(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Go to page")},
        {key(QKeySequence::Find) + tr(" / F3"), tr("Find text on the page / next match")},
        {tr("F1"), tr("Show or hide this list")},
    };
}

void KeyHelpOverlay::showOverParent()
{
    m_previousFocus = QApplication::focusWidget();
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::OtherFocusReason);
}

void KeyHelpOverlay::closeOverlay()
{
    hide();
    if (m_previousFocus)
        m_previousFocus->setFocus(Qt::OtherFocusReason);
}

bool KeyHelpOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void KeyHelpOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 170));
    const auto list = keys();
    const QFontMetrics metrics(font());
    QFont keyFont = font();
    keyFont.setBold(true);
    const QFontMetrics keyMetrics(keyFont); // keys are drawn bold
    const int line = metrics.height() + 6;
    int keyWidth = 0;
    int textWidth = 0;
    for (const auto &[key, text] : list) {
        keyWidth = qMax(keyWidth, keyMetrics.horizontalAdvance(key));
        textWidth = qMax(textWidth, metrics.horizontalAdvance(text));
    }
    const QString title = tr("Keys of the review screen");
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    const int width = qMin(this->width() - 24, keyWidth + textWidth + 72);
    const int height = qMin(this->height() - 24, int(list.size()) * line + 3 * line + 24);
    const QRect panel((this->width() - width) / 2, (this->height() - height) / 2, width, height);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawRoundedRect(panel, 8, 8);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(titleFont);
    painter.drawText(panel.adjusted(24, 12, -24, 0), Qt::AlignTop | Qt::AlignLeft, title);
    painter.setFont(font());
    int y = panel.top() + 12 + 2 * line;
    for (const auto &[key, text] : list) {
        painter.setFont(keyFont);
        painter.drawText(QRect(panel.left() + 24, y, keyWidth + 8, line), Qt::AlignVCenter | Qt::AlignLeft,
                         key);
        painter.setFont(font());
        painter.drawText(QRect(panel.left() + 48 + keyWidth, y, textWidth + 8, line),
                         Qt::AlignVCenter | Qt::AlignLeft, text);
        y += line;
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRect(panel.left() + 24, y + 4, panel.width() - 48, line), Qt::AlignLeft,
                     tr("Press any key to close."));
}

void KeyHelpOverlay::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    closeOverlay();
}

void KeyHelpOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    closeOverlay();
}
