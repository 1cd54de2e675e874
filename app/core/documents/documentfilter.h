#pragma once

#include <QStringList>

// Which documents the list asks the server for: the API filters by batch and by consent (any of the IDs).
struct DocumentFilter
{
    QStringList batchIds;
    QStringList consentIds;

    bool isEmpty() const { return batchIds.isEmpty() && consentIds.isEmpty(); }
    bool operator==(const DocumentFilter &other) const = default;
};
