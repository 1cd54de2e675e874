#pragma once

#include "types/transition.h"

#include <QList>
#include <QStringList>

namespace las {

struct TransitionList
{
    QList<Transition> transitions;
    QString nextToken;
    QStringList transitionType; // echoed filter

    static std::optional<TransitionList> fromJson(const QJsonValue &json, QString *error);
    QJsonObject toJson() const;
    bool operator==(const TransitionList &other) const = default;
};

} // namespace las
