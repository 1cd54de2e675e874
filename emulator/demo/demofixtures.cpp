#include "demo/demofixtures.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject field(const QString &type, const QString &display, double automated, double high, double medium,
                  double low)
{
    return QJsonObject{
        {u"type"_s, type},
        {u"display"_s, display},
        {u"confidenceLevels"_s,
         QJsonObject{{u"automated"_s, automated}, {u"high"_s, high}, {u"medium"_s, medium}, {u"low"_s, low}}},
    };
}

QJsonObject stringOrNull(int maxLength)
{
    return QJsonObject{{u"type"_s, QJsonArray{u"string"_s, u"null"_s}}, {u"maxLength"_s, maxLength}};
}

} // namespace

QJsonObject DemoFixtures::fieldConfig()
{
    // Labels of InvoiceModel. The model's confidence is 0.95 for a checked keyword match and at most 0.75 for
    // a value found on the line after its keyword, so "automated" sits between them.
    return QJsonObject{
        {u"invoice_id"_s, field(u"string"_s, u"Invoice number"_s, 0.9, 0.7, 0.5, 0.2)},
        {u"invoice_date"_s, field(u"date"_s, u"Invoice date"_s, 0.9, 0.7, 0.5, 0.2)},
        {u"due_date"_s, field(u"date"_s, u"Due date"_s, 0.9, 0.7, 0.5, 0.2)},
        {u"total_amount"_s, field(u"amount"_s, u"Total amount"_s, 0.95, 0.8, 0.5, 0.2)},
        {u"vat_amount"_s, field(u"amount"_s, u"VAT amount"_s, 0.95, 0.8, 0.5, 0.2)},
        {u"currency"_s, field(u"string"_s, u"Currency"_s, 0.9, 0.7, 0.5, 0.2)},
        {u"supplier_name"_s, field(u"string"_s, u"Supplier"_s, 0.9, 0.8, 0.5, 0.2)},
        {u"supplier_vat_id"_s, field(u"string"_s, u"Supplier VAT number"_s, 0.9, 0.7, 0.5, 0.2)},
        {u"iban"_s, field(u"string"_s, u"IBAN"_s, 0.9, 0.8, 0.5, 0.2)},
        {u"purchase_order"_s, field(u"string"_s, u"Purchase order"_s, 0.9, 0.7, 0.5, 0.2)},
    };
}

QJsonObject DemoFixtures::reviewInputJsonSchema()
{
    // The prediction response that the Predict state outputs.
    const QJsonObject prediction{
        {u"type"_s, u"object"_s},
        {u"required"_s, QJsonArray{u"label"_s, u"value"_s, u"confidence"_s}},
        {u"properties"_s,
         QJsonObject{
             {u"label"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"pattern"_s, u"^[0-9A-Za-z_]+$"_s}}},
             {u"value"_s, QJsonObject{{u"type"_s, QJsonArray{u"string"_s, u"null"_s}}}},
             {u"confidence"_s, QJsonObject{{u"type"_s, u"number"_s}, {u"minimum"_s, 0}, {u"maximum"_s, 1}}},
         }},
    };
    return QJsonObject{
        {u"$schema"_s, u"http://json-schema.org/draft-04/schema#"_s},
        {u"title"_s, u"Invoice review input"_s},
        {u"type"_s, u"object"_s},
        {u"required"_s, QJsonArray{u"documentId"_s, u"predictions"_s}},
        {u"properties"_s,
         QJsonObject{
             {u"documentId"_s,
              QJsonObject{{u"type"_s, u"string"_s}, {u"pattern"_s, u"^las:document:[a-f0-9]{32}$"_s}}},
             {u"predictionId"_s, QJsonObject{{u"type"_s, u"string"_s}}},
             {u"modelId"_s, QJsonObject{{u"type"_s, u"string"_s}}},
             {u"inferenceTime"_s, QJsonObject{{u"type"_s, u"number"_s}}},
             {u"timestamp"_s, QJsonObject{{u"type"_s, u"integer"_s}}},
             {u"predictions"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, prediction}}},
         }},
    };
}

QJsonObject DemoFixtures::reviewOutputJsonSchema()
{
    // The input plus the reviewer's decision per label: a string (1..64 chars), or null for "not on the
    // page".
    QJsonObject verifiedProperties;
    const QJsonObject config = fieldConfig();
    for (auto it = config.begin(); it != config.end(); ++it) {
        QJsonObject s = stringOrNull(64);
        s.insert(u"minLength"_s, 1);
        verifiedProperties.insert(it.key(), s);
    }
    return QJsonObject{
        {u"$schema"_s, u"http://json-schema.org/draft-04/schema#"_s},
        {u"title"_s, u"Invoice review output"_s},
        {u"type"_s, u"object"_s},
        {u"required"_s, QJsonArray{u"documentId"_s, u"verified"_s}},
        {u"properties"_s,
         QJsonObject{
             {u"documentId"_s,
              QJsonObject{{u"type"_s, u"string"_s}, {u"pattern"_s, u"^las:document:[a-f0-9]{32}$"_s}}},
             {u"verified"_s, QJsonObject{{u"type"_s, u"object"_s},
                                         {u"properties"_s, verifiedProperties},
                                         {u"additionalProperties"_s, stringOrNull(64)}}},
         }},
    };
}

QJsonObject DemoFixtures::workflowDefinition(const QString &predictTransitionId,
                                             const QString &reviewTransitionId,
                                             const QString &feedbackTransitionId, int reviewTimeoutSeconds)
{
    // A failing docker step goes to the Failed state with the error kept under $.error. The review state has
    // no Catch: a rejected or failed review ends the execution with that error, and a claim that times out
    // goes back to the queue (Retry on States.Timeout), like the official demo workflow.
    const QJsonArray catchAll{QJsonObject{{u"ErrorEquals"_s, QJsonArray{u"States.ALL"_s}},
                                          {u"Next"_s, failedStateName()},
                                          {u"ResultPath"_s, u"$.error"_s}}};
    QJsonObject review{
        {u"Type"_s, u"Task"_s},
        {u"Comment"_s, u"A reviewer checks the predicted fields"_s},
        {u"Resource"_s, reviewTransitionId},
        {u"Retry"_s, QJsonArray{QJsonObject{{u"ErrorEquals"_s, QJsonArray{u"States.Timeout"_s}},
                                            {u"IntervalSeconds"_s, 1},
                                            {u"BackoffRate"_s, 1},
                                            {u"MaxAttempts"_s, 100}}}},
        {u"Next"_s, feedbackStateName()},
    };
    if (reviewTimeoutSeconds > 0)
        review.insert(u"TimeoutSeconds"_s, reviewTimeoutSeconds);
    return QJsonObject{
        {u"Comment"_s, u"Demo invoice workflow: predictions, human review, feedback as ground truth"_s},
        {u"StartAt"_s, predictStateName()},
        {u"States"_s,
         QJsonObject{
             {predictStateName(),
              QJsonObject{
                  {u"Type"_s, u"Task"_s},
                  {u"Comment"_s, u"Runs the demo invoice model"_s},
                  {u"Resource"_s, predictTransitionId},
                  {u"Retry"_s, QJsonArray{QJsonObject{{u"ErrorEquals"_s, QJsonArray{u"States.TaskFailed"_s}},
                                                      {u"IntervalSeconds"_s, 1},
                                                      {u"MaxAttempts"_s, 1}}}},
                  {u"Catch"_s, catchAll},
                  {u"Next"_s, reviewStateName()}}},
             {reviewStateName(), review},
             {feedbackStateName(),
              QJsonObject{{u"Type"_s, u"Task"_s},
                          {u"Comment"_s, u"Stores the verified values as the document's ground truth"_s},
                          {u"Resource"_s, feedbackTransitionId},
                          {u"Catch"_s, catchAll},
                          {u"End"_s, true}}},
             {failedStateName(), QJsonObject{{u"Type"_s, u"Fail"_s},
                                             {u"Error"_s, u"DemoWorkflowFailed"_s},
                                             {u"Cause"_s, u"A step of the demo workflow failed"_s}}},
         }},
    };
}
