#include "output/errorformatter.h"

using namespace Qt::StringLiterals;

namespace lasctl {

QString ErrorFormatter::toText(const las::Error &error)
{
    const QString kind = las::Error::kindName(error.kind());
    QString message = error.message();
    if (message.isEmpty())
        message = tr("no message");
    if (!error.field().isEmpty())
        message = tr("invalid %1: %2").arg(error.field(), message);
    QString text = error.httpStatus() > 0 ? tr("%1 (%2, HTTP %3)").arg(message, kind).arg(error.httpStatus())
                                          : tr("%1 (%2)").arg(message, kind);
    if (error.retryAfterSeconds())
        text += u' ' + tr("[retry after %n second(s)]", nullptr, *error.retryAfterSeconds());
    return text;
}

QJsonObject ErrorFormatter::toJson(const las::Error &error)
{
    QJsonObject object{{u"kind"_s, las::Error::kindName(error.kind())}, {u"message"_s, error.message()}};
    if (error.httpStatus() > 0)
        object.insert(u"status"_s, error.httpStatus());
    if (!error.field().isEmpty())
        object.insert(u"field"_s, error.field());
    if (error.retryAfterSeconds())
        object.insert(u"retryAfter"_s, *error.retryAfterSeconds());
    return object;
}

} // namespace lasctl
