#include "commands/predictioncommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void PredictionCommands::addTo(CommandTable &table)
{
    CommandSpec create;
    create.resource = u"predictions"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createPrediction"_s;
    create.summary = tr("run a model on a document");
    create.positionals = {u"DOCUMENT_ID"_s, u"MODEL_ID"_s};
    create.options = {
        {u"max-pages"_s, u"N"_s, tr("read at most N pages (1 to 3)")},
        {u"auto-rotate"_s, {}, tr("let the model rotate the pages")},
        {u"image-quality"_s, u"LOW|HIGH"_s, tr("quality of the page images the model reads")},
    };
    create.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        las::CreatePredictionsOptions options;
        if (inv.isSet(u"max-pages"_s)) {
            // The contract's range is checked by the library; here only "is it a number".
            const auto pages = inv.intValue(u"max-pages"_s, INT_MIN, INT_MAX, 1, error);
            if (!pages)
                return std::nullopt;
            options.maxPages = *pages;
        }
        if (inv.isSet(u"auto-rotate"_s))
            options.autoRotate = true;
        if (inv.isSet(u"image-quality"_s)) {
            const auto quality = inv.choice(u"image-quality"_s, {u"LOW"_s, u"HIGH"_s}, error);
            if (!quality)
                return std::nullopt;
            options.imageQuality = *quality;
        }
        const QString documentId = inv.positional(0);
        const QString modelId = inv.positional(1);
        return Call([&client, documentId, modelId, options](const QString &) -> las::Reply * {
            return client.createPrediction(documentId, modelId, options);
        });
    };
    table.add(create);

    table.addList(u"predictions"_s, u"listPredictions"_s, tr("list predictions"), u"predictions"_s,
                  &las::Client::listPredictions);
}

} // namespace lasctl
