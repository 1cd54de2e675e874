#include "commands/documentcommands.h"

#include "api/client.h"
#include "commands/commandsupport.h"
#include "commands/commandtable.h"
#include "upload/documentuploadqueue.h"

using namespace Qt::StringLiterals;

namespace lasctl {

void DocumentCommands::addTo(CommandTable &table)
{
    const OptionSpec groundTruth{u"ground-truth"_s, u"JSON"_s,
                                 tr("ground truth: a JSON array of {\"label\": …, \"value\": …}")};
    const OptionSpec field{u"field"_s, u"LABEL=VALUE"_s, tr("one ground-truth item with a text value"), true};

    CommandSpec create;
    create.resource = u"documents"_s;
    create.verb = u"create"_s;
    create.clientMethod = u"createDocumentFromFile"_s;
    create.summary = tr("upload PDF or JPEG files as documents, one JSON line per file");
    create.positionals = {u"FILE"_s};
    create.variadic = true;
    create.options = {
        {u"concurrency"_s, u"N"_s, tr("upload at most N files at a time (1 to 64, default 4)")},
        {u"batch-id"_s, u"ID"_s, tr("add the documents to this batch (las:batch:…)")},
        {u"consent-id"_s, u"ID"_s, tr("consent the documents belong to (las:consent:…)")},
        {u"content-type"_s, u"TYPE"_s,
         tr("application/pdf or image/jpeg for every file (default: detected from each file's first bytes)")},
        groundTruth,
        field,
        {u"model-id"_s, u"ID"_s, tr("run this model on each document as soon as it is uploaded")},
        {u"force"_s, {}, tr("upload files whose content was already uploaded with these credentials")},
        {u"journal"_s, u"FILE"_s,
         tr("the upload journal that makes interrupted uploads resumable (default: %1)")
             .arg(DocumentUploadQueue::defaultJournalPath())},
    };
    create.prepareUpload = [](las::Client &, const Invocation &inv,
                              QString *error) -> std::optional<UploadPlan> {
        UploadPlan plan;
        const std::optional<int> concurrency = inv.intValue(u"concurrency"_s, 1, 64, 4, error);
        if (!concurrency)
            return std::nullopt;
        plan.concurrency = *concurrency;
        if (inv.isSet(u"content-type"_s)) {
            plan.options.forcedContentType = las::ContentTypes::fromName(inv.value(u"content-type"_s));
            if (!plan.options.forcedContentType) {
                *error = tr("--content-type: expected application/pdf or image/jpeg, got \"%1\"")
                             .arg(inv.value(u"content-type"_s));
                return std::nullopt;
            }
        }
        las::UploadOptions &options = plan.options;
        options.batchId = inv.value(u"batch-id"_s);
        options.consentId = inv.value(u"consent-id"_s);
        options.modelId = inv.value(u"model-id"_s);
        options.force = inv.isSet(u"force"_s);
        plan.journalPath = inv.value(u"journal"_s);
        if (inv.isSet(u"ground-truth"_s) || inv.isSet(u"field"_s)) {
            const auto items = CommandSupport::groundTruth(inv, error);
            if (!items)
                return std::nullopt;
            options.groundTruth = *items;
        }
        return plan;
    };
    table.add(create);

    table.addFilteredList<las::ListDocumentsOptions>(
        {.resource = u"documents"_s,
         .clientMethod = u"listDocuments"_s,
         .summary = tr("list documents"),
         .options = {{u"batch-id"_s, u"ID"_s, tr("only documents of this batch"), true},
                     {u"consent-id"_s, u"ID"_s, tr("only documents of this consent"), true}},
         .listKey = u"documents"_s},
        [](las::Client &client, const Invocation &inv, las::ListDocumentsOptions options) {
            options.batchId = inv.values(u"batch-id"_s);
            options.consentId = inv.values(u"consent-id"_s);
            return client.listDocuments(options);
        });
    table.addById(u"documents"_s, u"get"_s, u"getDocument"_s,
                  tr("get a document, its content (base64), ground truth and predictions"), u"DOCUMENT_ID"_s,
                  &las::Client::getDocument, CommandSupport::contentToOptions(),
                  &CommandSupport::presentContentTo);

    CommandSpec update;
    update.resource = u"documents"_s;
    update.verb = u"update"_s;
    update.clientMethod = u"updateDocument"_s;
    update.summary = tr("replace a document's ground truth");
    update.positionals = {u"DOCUMENT_ID"_s};
    update.options = {groundTruth, field};
    update.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        if (!inv.isSet(u"ground-truth"_s) && !inv.isSet(u"field"_s)) {
            *error = tr("give the new ground truth with --ground-truth JSON or --field LABEL=VALUE "
                        "(--ground-truth '[]' clears it)");
            return std::nullopt;
        }
        const auto items = CommandSupport::groundTruth(inv, error);
        if (!items)
            return std::nullopt;
        las::UpdateDocumentOptions data;
        data.groundTruth = *items;
        return CommandSupport::withId(client, inv, &las::Client::updateDocument, data);
    };
    table.add(update);

    CommandSpec del;
    del.resource = u"documents"_s;
    del.verb = u"delete"_s;
    del.clientMethod = u"deleteDocuments"_s;
    del.summary =
        tr("delete the documents of one or more consents (or, with --all-documents, every document)");
    del.options = {
        {u"consent-id"_s, u"ID"_s, tr("delete the documents of this consent"), true},
        {u"all-documents"_s,
         {},
         tr("delete every document of the account (what the API does without a consent)")},
    };
    del.prepare = [](las::Client &client, const Invocation &inv, QString *error) -> std::optional<Call> {
        const bool everything = inv.isSet(u"all-documents"_s);
        if (everything == inv.isSet(u"consent-id"_s)) {
            // The API deletes every document when no consent is named: make that explicit.
            *error = tr("give either --consent-id ID (repeatable) or --all-documents");
            return std::nullopt;
        }
        las::DeleteDocumentOptions options;
        options.consentId = inv.values(u"consent-id"_s);
        return CommandSupport::single([&client, options] { return client.deleteDocuments(options); });
    };
    table.add(del);
}

} // namespace lasctl
