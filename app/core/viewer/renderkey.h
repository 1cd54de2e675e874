#pragma once

#include <QHashFunctions>
#include <QSize>

// Names one rendered page image: page index, final pixel size (after rotation) and rotation in degrees.
struct RenderKey
{
    int page = -1;
    QSize size;
    int rotation = 0;

    bool isValid() const { return page >= 0 && !size.isEmpty(); }
    bool operator==(const RenderKey &other) const = default;
};

inline size_t qHash(const RenderKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.page, key.size.width(), key.size.height(), key.rotation);
}
