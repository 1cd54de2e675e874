#pragma once

#include "server/httpconnection.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;

// A small HTTP/1.1 server on QTcpServer. QHttpServer 6.4 reads the whole body before the handler runs and
// owns the response timing, so it cannot drop a connection before the body, answer 413 early, or hold a
// response back on a timer; this server can.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(qint64 maxBodyBytes, HttpConnection::Hooks hooks, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void close();

private:
    void onNewConnection();

    QTcpServer *m_server;
    qint64 m_maxBodyBytes;
    HttpConnection::Hooks m_hooks;
};
