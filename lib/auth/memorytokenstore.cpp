#include "auth/memorytokenstore.h"

#include <QMetaObject>

namespace las {

namespace {
// Completes later, like a real keychain would, so callers cannot come to depend on synchronous answers.
void deliver(QObject *context, TokenStore::Callback done, TokenStore::Result result)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}
} // namespace

void MemoryTokenStore::read(const QString &key, QObject *context, Callback done)
{
    Result result;
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        result.status = Status::NotFound;
    else
        result.data = *it;
    deliver(context, std::move(done), std::move(result));
}

void MemoryTokenStore::write(const QString &key, const QByteArray &data, QObject *context, Callback done)
{
    m_entries.insert(key, data);
    deliver(context, std::move(done), Result{});
}

void MemoryTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    m_entries.remove(key);
    deliver(context, std::move(done), Result{});
}

} // namespace las
