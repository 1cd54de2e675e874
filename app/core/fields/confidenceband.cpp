#include "core/fields/confidenceband.h"

#include <QtGlobal>

ConfidenceBand::ConfidenceBand(double low, double high)
    : m_low(qBound(0.0, low, 1.0))
    , m_high(qBound(m_low, high, 1.0))
{}

ConfidenceBand::Band ConfidenceBand::bandOf(double confidence) const
{
    if (confidence >= m_high)
        return Band::High;
    if (confidence < m_low)
        return Band::Low;
    return Band::Medium;
}

QString ConfidenceBand::glyph(Band band)
{
    switch (band) {
    case Band::High:
        return QStringLiteral("\u2713"); // check mark
    case Band::Medium:
        return QStringLiteral("\u25CF"); // black circle
    case Band::Low:
        return QStringLiteral("\u26A0"); // warning sign
    }
    return {};
}

QString ConfidenceBand::name(Band band)
{
    switch (band) {
    case Band::High:
        return tr("High confidence");
    case Band::Medium:
        return tr("Medium confidence");
    case Band::Low:
        return tr("Low confidence: check this field");
    }
    return {};
}
