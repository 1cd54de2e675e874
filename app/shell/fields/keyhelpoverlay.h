#pragma once

#include <QPointer>
#include <QWidget>

// F1: every key of the review screen, over the window, until any key or click closes it.
class KeyHelpOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit KeyHelpOverlay(QWidget *parent);

    // Covers the parent and takes the focus; the focus goes back where it was when it closes.
    void showOverParent();
    // The keys listed: pairs of key and what it does, translated.
    static QList<std::pair<QString, QString>> keys();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void closeOverlay();
    QPointer<QWidget> m_previousFocus;
};
