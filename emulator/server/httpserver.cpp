#include "server/httpserver.h"

#include <QTcpServer>
#include <QTcpSocket>

HttpServer::HttpServer(qint64 maxBodyBytes, HttpConnection::Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_maxBodyBytes(maxBodyBytes)
    , m_hooks(std::move(hooks))
{
    m_server->setMaxPendingConnections(256);
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

void HttpServer::close()
{
    m_server->close();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_maxBodyBytes, m_hooks, this);
}
