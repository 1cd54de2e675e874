#include "core/fields/locatecommand.h"

#include "core/fields/valuelocator.h"
#include "core/viewer/viewerdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

bool LocateCommand::isWanted(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--locate") == 0)
            return true;
    }
    return false;
}

int LocateCommand::run(const QStringList &arguments)
{
    const QString usage = tr("Usage: las-review --locate FILE LABEL=VALUE...");
    QStringList rest = arguments.mid(1);
    rest.removeAll(u"--locate"_s);
    if (rest.isEmpty()) {
        std::fprintf(stderr, "las-review: %s\n", qPrintable(usage));
        return 2;
    }
    const QString file = rest.takeFirst();
    QList<LocateRequest> requests;
    for (const QString &pair : std::as_const(rest)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            std::fprintf(stderr, "las-review: %s\n%s\n",
                         qPrintable(tr("\"%1\" is not of the form LABEL=VALUE.").arg(pair)),
                         qPrintable(usage));
            return 2;
        }
        requests.append({pair.left(eq), pair.mid(eq + 1), std::nullopt, std::nullopt});
    }
    const ViewerDocument::LoadResult loaded = ViewerDocument::load(file);
    if (loaded.document.isNull()) {
        std::fprintf(stderr, "las-review: %s\n", qPrintable(loaded.errorMessage));
        return 1;
    }
    const TextLayer layer = TextLayer::extract(loaded.document);
    QJsonArray fields;
    for (const LocatedValue &value : ValueLocator::locateIn(layer, requests))
        fields.append(value.toJson());
    QJsonObject out;
    out.insert(u"file"_s, file);
    out.insert(u"pages"_s, loaded.document.pageCount());
    out.insert(u"textLayer"_s, layer.hasText());
    out.insert(u"units"_s, u"points, unrotated page, origin top left; rect = [x, y, width, height]"_s);
    out.insert(u"fields"_s, fields);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
