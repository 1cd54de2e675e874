#pragma once

#include "args/invocation.h"
#include "args/optionspec.h"
#include "types/contenttype.h"
#include "upload/uploadoptions.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace las {
class Client;
class Reply;
} // namespace las

namespace lasctl {

// One API call ready to send. pageToken is empty except while `--all` walks the pages of a list.
using Call = std::function<las::Reply *(const QString &pageToken)>;
// Turns the parsed arguments into a Call; nullopt with *error (a usage error) when they do not make sense.
using Prepare =
    std::function<std::optional<Call>(las::Client &client, const Invocation &invocation, QString *error)>;
// For `documents create`: how to upload the files given as positionals.
struct UploadPlan
{
    int concurrency = 4;
    las::UploadOptions options; // batch, consent, ground truth, --content-type, --force, --model-id
    QString journalPath;        // --journal; empty: the default journal of lasctl
};
using PrepareUpload = std::function<std::optional<UploadPlan>(las::Client &client,
                                                              const Invocation &invocation, QString *error)>;
// Optional post-processing of a successful result before printing (e.g. write content to a file).
using Present = std::function<std::optional<QJsonValue>(const QJsonValue &result,
                                                        const Invocation &invocation, QString *error)>;

// A `<resource> <verb>` of lasctl and how to run it.
struct CommandSpec
{
    // Every member has an initializer so that designated initializers may name only what they set.
    QString resource{};          // "documents"
    QString verb{};              // "create"
    QString clientMethod{};      // "createDocument": the las::Client / SDK method it calls
    QString summary{};           // translated one-liner
    QStringList positionals{};   // names for the usage line: {"DOCUMENT_ID"}
    bool variadic = false;       // the last positional repeats (FILE...), at least one
    int optionalPositionals = 0; // how many trailing positionals may be left out
    QList<OptionSpec> options{};
    QString listKey{}; // list verbs: the array to merge across pages with --all ("documents")
    Prepare prepare{};
    PrepareUpload prepareUpload{}; // set instead of prepare for uploads from disk
    Present present{};

    const OptionSpec *option(const QString &name) const;
    bool isList() const { return !listKey.isEmpty(); }
    int requiredPositionals() const { return int(positionals.size()) - optionalPositionals; }
    QString usage() const; // "documents get DOCUMENT_ID [options]"
};

} // namespace lasctl
