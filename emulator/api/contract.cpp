#include "api/contract.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject loadSpec()
{
    QFile file(u":/contract/las-openapi-2021-02-25-heartbeats.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("las-emulator: the compiled-in API contract is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

const Contract &Contract::instance()
{
    static const Contract contract;
    return contract;
}

Contract::Contract()
    : m_root(loadSpec())
    , m_validator(m_root)
{
    const QJsonObject paths = m_root.value(u"paths"_s).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject methods = p.value().toObject();
        for (auto m = methods.begin(); m != methods.end(); ++m) {
            if (m.key() == u"parameters"_s || m.key() == u"options"_s)
                continue;
            const QJsonObject op = m.value().toObject();
            Operation operation;
            operation.method = m.key().toUpper();
            operation.pathTemplate = p.key();
            operation.segments = p.key().split(u'/', Qt::SkipEmptyParts);
            const QJsonObject body = op.value(u"requestBody"_s).toObject();
            operation.requestSchema = body.value(u"content"_s)
                                          .toObject()
                                          .value(u"application/json"_s)
                                          .toObject()
                                          .value(u"schema"_s)
                                          .toObject();
            const QJsonObject responses = op.value(u"responses"_s).toObject();
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                operation.responseSchemas.insert(r.key().toInt(), r.value()
                                                                      .toObject()
                                                                      .value(u"content"_s)
                                                                      .toObject()
                                                                      .value(u"application/json"_s)
                                                                      .toObject()
                                                                      .value(u"schema"_s)
                                                                      .toObject());
            }
            m_operations.append(operation);
        }
    }
}

Contract::Match Contract::match(const QString &method, const QString &path) const
{
    Match result;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const Operation &operation : m_operations) {
        if (operation.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &pattern = operation.segments[i];
            if (pattern.startsWith(u'{') && pattern.endsWith(u'}'))
                params.insert(pattern.mid(1, pattern.size() - 2), segments[i]);
            else
                ok = pattern == segments[i];
        }
        if (!ok)
            continue;
        result.pathExists = true;
        if (operation.method == method) {
            result.operation = &operation;
            result.pathParams = params;
            return result;
        }
    }
    return result;
}

const Contract::Operation *Contract::operation(const QString &key) const
{
    for (const Operation &operation : m_operations) {
        if (operation.key() == key)
            return &operation;
    }
    return nullptr;
}

QJsonObject Contract::schema(const QString &name) const
{
    return m_root.value(u"components"_s).toObject().value(u"schemas"_s).toObject().value(name).toObject();
}
