#include "shell/fields/fieldboxes.h"

#include "core/fields/fieldsmodel.h"
#include "shell/viewer/overlaylayer.h"

using namespace Qt::StringLiterals;

namespace {

QColor fieldBoxesColor(ConfidenceBand::Band band)
{
    switch (band) {
    case ConfidenceBand::Band::High:
        return QColor(0x2e, 0x7d, 0x32);
    case ConfidenceBand::Band::Medium:
        return QColor(0xb2, 0x6a, 0x00);
    case ConfidenceBand::Band::Low:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

const QString FieldBoxesFocusPrefix = u"focus:"_s;
const QString FieldBoxesCandidatePrefix = u"candidate:"_s;

} // namespace

FieldBoxes::FieldBoxes(OverlayLayer *layer, FieldsModel *model, QObject *parent)
    : QObject(parent)
    , m_layer(layer)
    , m_model(model)
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &FieldBoxes::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FieldBoxes::refresh);
    connect(m_layer, &OverlayLayer::itemClicked, this, [this](const QString &id) {
        if (id.startsWith(FieldBoxesCandidatePrefix)) {
            const QString rest = id.mid(FieldBoxesCandidatePrefix.size());
            const qsizetype at = rest.lastIndexOf(u'@');
            Q_EMIT candidateClicked(rest.left(at), rest.mid(at + 1).toInt());
        } else if (id.startsWith(FieldBoxesFocusPrefix)) {
            Q_EMIT fieldClicked(id.mid(FieldBoxesFocusPrefix.size()));
        } else {
            Q_EMIT fieldClicked(id);
        }
    });
}

QString FieldBoxes::candidateItemId(const QString &fieldId, int candidate)
{
    return FieldBoxesCandidatePrefix + fieldId + u'@' + QString::number(candidate);
}

void FieldBoxes::setFocusedField(const QString &fieldId)
{
    if (fieldId == m_focused)
        return;
    m_focused = fieldId;
    refresh();
}

void FieldBoxes::refresh()
{
    QList<PageOverlayItem> items;
    const ConfidenceBand band = m_model->confidenceBand();
    const QList<FieldsModel::Field> fields = m_model->fields();
    for (const FieldsModel::Field &field : fields) {
        const bool focused = field.id == m_focused;
        if (!field.location || !field.location->hasPosition() || (!field.isBest && !focused))
            continue;
        const LocatedValue &located = *field.location;
        const las::Prediction &p = field.prediction;
        const ConfidenceBand::Band b = band.bandOf(p.confidence);
        const QColor color = fieldBoxesColor(b);
        const QString tip = tr("%1: %2\n%3 (%4 %)")
                                .arg(p.label, FieldsModel::valueText(p.value), ConfidenceBand::name(b))
                                .arg(qRound(p.confidence * 100));
        if (focused) {
            PageOverlayItem highlight;
            highlight.id = FieldBoxesFocusPrefix + field.id;
            highlight.page = located.best.page;
            highlight.rect = located.best.boundingRect().adjusted(-3, -3, 3, 3);
            highlight.style = PageOverlayItem::Style::Highlight;
            highlight.color = QColor(0x1e, 0x88, 0xe5);
            highlight.toolTip = tip;
            items.append(highlight);
            if (located.status == LocatedValue::Status::Ambiguous) {
                for (int i = 0; i < located.runnersUp.size(); ++i) {
                    const LocatedValue::Candidate &candidate = located.runnersUp.at(i);
                    if (!candidate.isValid())
                        continue;
                    PageOverlayItem item;
                    item.id = candidateItemId(field.id, i);
                    item.page = candidate.page;
                    item.rect = candidate.boundingRect();
                    item.style = PageOverlayItem::Style::Box;
                    item.color = QColor(0x6a, 0x1b, 0x9a);
                    item.label = tr("%1? (%2)").arg(p.label).arg(i + 2);
                    item.toolTip = tr("Another place “%1” is written: click to take this one.")
                                       .arg(candidate.matchedText);
                    items.append(item);
                }
            }
        }
        PageOverlayItem box;
        box.id = field.id;
        box.page = located.best.page;
        box.rect = located.best.boundingRect();
        box.style = PageOverlayItem::Style::Box;
        box.color = color;
        // Names on every box would hide the page: the glyph only, the name on the focused box (and the
        // tooltip on hover).
        box.label = focused ? tr("%1 %2").arg(ConfidenceBand::glyph(b), p.label) : ConfidenceBand::glyph(b);
        box.toolTip = tip;
        items.append(box);
    }
    m_layer->setItems(items);
}
