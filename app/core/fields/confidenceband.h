#pragma once

#include <QCoreApplication>
#include <QString>

// How far a predicted field can be trusted, by its confidence and the reviewer's thresholds (Preferences).
// Shown as a colour and, for those who cannot tell the colours apart, as a glyph and a word.
class ConfidenceBand
{
    Q_DECLARE_TR_FUNCTIONS(ConfidenceBand)
public:
    enum class Band { High, Medium, Low };

    // Thresholds in 0..1: confidence >= high is High, < low is Low, between is Medium.
    ConfidenceBand(double low = 0.5, double high = 0.9);

    Band bandOf(double confidence) const;
    double low() const { return m_low; }
    double high() const { return m_high; }

    // "✓" / "●" / "⚠": never colour alone.
    static QString glyph(Band band);
    // "High confidence", ... (for accessible names and tooltips).
    static QString name(Band band);

private:
    double m_low;
    double m_high;
};
