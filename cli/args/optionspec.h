#pragma once

#include <QString>

namespace lasctl {

// One `--name [VALUE]` option of a command (or of lasctl itself).
struct OptionSpec
{
    QString name;      // without the dashes: "batch-id"
    QString valueName; // "ID", "N", "JSON"; empty for a flag that takes no value
    QString help;      // translated one-liner
    bool repeatable = false;
    bool required = false;

    bool isFlag() const { return valueName.isEmpty(); }
};

} // namespace lasctl
