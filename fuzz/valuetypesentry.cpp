#include "valuetypesentry.h"

#include "api/inputvalidator.h"
#include "types/assetlist.h"
#include "types/batch.h"
#include "types/lasdocumentlist.h"
#include "types/log.h"
#include "types/modellist.h"
#include "types/predictionlist.h"
#include "types/secretlist.h"
#include "types/timestamp.h"
#include "types/transitionexecutionlist.h"
#include "types/transitionlist.h"
#include "types/userlist.h"
#include "types/workflowexecutionlist.h"
#include "types/workflowlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace {

template<typename T>
void mapOne(const QJsonValue &value)
{
    QString error;
    const std::optional<T> first = T::fromJson(value, &error);
    if (!first) {
        if (error.isEmpty()) { // every failure must say why
            std::fprintf(stderr, "fromJson failed without an error message\n");
            std::abort();
        }
        return;
    }
    QString again;
    const std::optional<T> second = T::fromJson(first->toJson(), &again);
    if (!second || !(*second == *first)) {
        std::fprintf(stderr, "round trip changed the value: %s\n", qPrintable(again));
        std::abort();
    }
}

void mapAll(const QJsonValue &value)
{
    using namespace las;
    mapOne<GroundTruth>(value);
    mapOne<Prediction>(value);
    mapOne<PredictionResponse>(value);
    mapOne<PredictionList>(value);
    mapOne<LasDocument>(value);
    mapOne<LasDocumentList>(value);
    mapOne<Transition>(value);
    mapOne<TransitionList>(value);
    mapOne<TransitionExecution>(value);
    mapOne<TransitionExecutionList>(value);
    mapOne<Workflow>(value);
    mapOne<WorkflowList>(value);
    mapOne<WorkflowExecution>(value);
    mapOne<WorkflowExecutionList>(value);
    mapOne<Model>(value);
    mapOne<ModelList>(value);
    mapOne<Asset>(value);
    mapOne<AssetList>(value);
    mapOne<Batch>(value);
    mapOne<Secret>(value);
    mapOne<SecretList>(value);
    mapOne<User>(value);
    mapOne<UserList>(value);
    mapOne<Log>(value);
    if (value.isString()) {
        const QString s = value.toString();
        (void)Timestamp::parse(s);
        (void)InputValidator::id(QStringLiteral("id"), s, InputValidator::IdKind::Transition);
        (void)InputValidator::label(QStringLiteral("label"), s);
        (void)InputValidator::email(QStringLiteral("email"), s);
        (void)InputValidator::timestamp(QStringLiteral("t"), s);
        (void)InputValidator::relativePath(QStringLiteral("path"), s);
    }
}

} // namespace

int lasFuzzValueTypes(const uint8_t *data, size_t size)
{
    // Responses are capped by the transport; keep the fuzzer on the mapping, not on the JSON parser's speed.
    if (size > 1 << 20)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    mapAll(root);
    // One level down too, so a list item or nested object can be fuzzed from a small seed.
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            mapAll(it.value());
    } else {
        const QJsonArray a = doc.array();
        for (const QJsonValue &v : a)
            mapAll(v);
    }
    return 0;
}
