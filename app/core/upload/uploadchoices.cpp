#include "core/upload/uploadchoices.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Profile names are free text; QSettings keys must not contain '/'.
QString uploadChoicesGroup(const QString &profileName)
{
    return u"upload/"_s +
           QString::fromLatin1(QUrl::toPercentEncoding(profileName.isEmpty() ? u"-"_s : profileName));
}

} // namespace

void UploadChoices::rememberBatch(const KnownBatch &batch)
{
    if (batch.batchId.isEmpty())
        return;
    for (qsizetype i = 0; i < knownBatches.size(); ++i) {
        if (knownBatches.at(i).batchId == batch.batchId) {
            KnownBatch merged = knownBatches.takeAt(i);
            if (!batch.name.isEmpty())
                merged.name = batch.name;
            if (!batch.description.isEmpty())
                merged.description = batch.description;
            knownBatches.prepend(merged);
            return;
        }
    }
    knownBatches.prepend(batch);
    while (knownBatches.size() > MaxBatches)
        knownBatches.removeLast();
}

UploadChoices UploadChoices::load(QSettings *settings, const QString &profileName)
{
    UploadChoices choices;
    settings->beginGroup(uploadChoicesGroup(profileName));
    choices.batchId = settings->value(u"batchId"_s).toString();
    choices.consentId = settings->value(u"consentId"_s).toString();
    choices.modelId = settings->value(u"modelId"_s).toString();
    const int count = settings->beginReadArray(u"batches"_s);
    for (int i = 0; i < count && i < MaxBatches; ++i) {
        settings->setArrayIndex(i);
        KnownBatch batch{settings->value(u"id"_s).toString(), settings->value(u"name"_s).toString(),
                         settings->value(u"description"_s).toString()};
        if (!batch.batchId.isEmpty())
            choices.knownBatches.append(batch);
    }
    settings->endArray();
    settings->endGroup();
    return choices;
}

void UploadChoices::save(QSettings *settings, const QString &profileName) const
{
    settings->beginGroup(uploadChoicesGroup(profileName));
    settings->setValue(u"batchId"_s, batchId);
    settings->setValue(u"consentId"_s, consentId);
    settings->setValue(u"modelId"_s, modelId);
    settings->remove(u"batches"_s);
    settings->beginWriteArray(u"batches"_s, int(knownBatches.size()));
    for (int i = 0; i < knownBatches.size(); ++i) {
        settings->setArrayIndex(i);
        settings->setValue(u"id"_s, knownBatches.at(i).batchId);
        settings->setValue(u"name"_s, knownBatches.at(i).name);
        settings->setValue(u"description"_s, knownBatches.at(i).description);
    }
    settings->endArray();
    settings->endGroup();
}
