// Every contract rule the client checks before sending.
#include "api/inputvalidator.h"

#include <QJsonArray>
#include <QTest>

using namespace las;
using namespace Qt::StringLiterals;
using Id = InputValidator::IdKind;

namespace {
const QString hex32 = u"0123456789abcdef0123456789abcdef"_s;

// The field named by a failed check, or "ok".
QString fieldOf(const std::optional<Error> &e)
{
    if (!e)
        return u"ok"_s;
    if (e->kind() != Error::Kind::InvalidInput)
        return u"<wrong kind>"_s;
    return e->field();
}
} // namespace

class TestInputValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ids_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("document") << int(Id::Document) << u"las:document:"_s + hex32 << true;
        QTest::newRow("document upper hex")
            << int(Id::Document) << u"las:document:"_s + hex32.toUpper() << false;
        QTest::newRow("document short") << int(Id::Document) << u"las:document:abc"_s << false;
        QTest::newRow("document trailing")
            << int(Id::Document) << u"las:document:"_s + hex32 + u"0"_s << false;
        QTest::newRow("document other kind") << int(Id::Document) << u"las:batch:"_s + hex32 << false;
        QTest::newRow("empty") << int(Id::Document) << QString() << false;
        QTest::newRow("slash injection")
            << int(Id::Document) << u"las:document:"_s + hex32 + u"/../x"_s << false;
        QTest::newRow("batch") << int(Id::Batch) << u"las:batch:"_s + hex32 << true;
        QTest::newRow("consent") << int(Id::Consent) << u"las:consent:"_s + hex32 << true;
        QTest::newRow("asset") << int(Id::Asset) << u"las:asset:"_s + hex32 << true;
        QTest::newRow("log") << int(Id::Log) << u"las:log:"_s + hex32 << true;
        QTest::newRow("secret") << int(Id::Secret) << u"las:secret:"_s + hex32 << true;
        QTest::newRow("user") << int(Id::User) << u"las:user:"_s + hex32 << true;
        QTest::newRow("prediction") << int(Id::Prediction) << u"las:prediction:"_s + hex32 << true;
        QTest::newRow("model") << int(Id::Model) << u"las:model:invoice_v2"_s << true;
        QTest::newRow("model dash") << int(Id::Model) << u"las:model:in-voice"_s << false;
        QTest::newRow("transition") << int(Id::Transition) << u"las:transition:"_s + hex32 << true;
        QTest::newRow("transition commons")
            << int(Id::Transition) << u"las:transition:commons-postprocess"_s << true;
        QTest::newRow("transition bad") << int(Id::Transition) << u"las:transition:xyz"_s << false;
        QTest::newRow("texec") << int(Id::TransitionExecution) << u"las:transition-execution:"_s + hex32
                               << true;
        QTest::newRow("workflow") << int(Id::Workflow) << u"las:workflow:"_s + hex32 << true;
        QTest::newRow("wexec") << int(Id::WorkflowExecution) << u"las:workflow-execution:"_s + hex32 << true;
        QTest::newRow("wexec as texec")
            << int(Id::TransitionExecution) << u"las:workflow-execution:"_s + hex32 << false;
    }

    void ids()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const auto e = InputValidator::id(u"theId"_s, value, Id(kind));
        QCOMPARE(!e.has_value(), valid);
        if (e) {
            QCOMPARE(e->kind(), Error::Kind::InvalidInput);
            QCOMPARE(e->field(), u"theId"_s);
        }
    }

    void labels()
    {
        QCOMPARE(fieldOf(InputValidator::label(u"l"_s, u"total_amount_2"_s)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::label(u"l"_s, QString(36, u'a'))), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::label(u"l"_s, QString(37, u'a'))), u"l"_s);
        QCOMPARE(fieldOf(InputValidator::label(u"l"_s, QString())), u"l"_s);
        QCOMPARE(fieldOf(InputValidator::label(u"l"_s, u"total-amount"_s)), u"l"_s);
        QCOMPARE(fieldOf(InputValidator::label(u"l"_s, u"total amount"_s)), u"l"_s);
        QCOMPARE(fieldOf(InputValidator::label(u"l"_s, u"beløp"_s)), u"l"_s);
    }

    void values()
    {
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, u"x"_s)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, QString(64, u'x'))), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, QString(65, u'x'))), u"v"_s);
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, QString())), u"v"_s);
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, true)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, QJsonValue())), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, 12.5)), u"v"_s);
        QCOMPARE(fieldOf(InputValidator::groundTruthValue(u"v"_s, QJsonArray{})), u"v"_s);
    }

    void groundTruthNamesTheItem()
    {
        const QList<GroundTruth> items{{u"a"_s, u"1"_s}, {u"b"_s, QJsonValue()}, {u"c d"_s, u"3"_s}};
        QCOMPARE(fieldOf(InputValidator::groundTruth(u"groundTruth"_s, items)), u"groundTruth[2].label"_s);
        const QList<GroundTruth> badValue{{u"a"_s, u"1"_s}, {u"b"_s, QString(65, u'x')}};
        QCOMPARE(fieldOf(InputValidator::groundTruth(u"groundTruth"_s, badValue)), u"groundTruth[1].value"_s);
        QCOMPARE(fieldOf(InputValidator::updateDocument({items.mid(0, 2)})), u"ok"_s);
    }

    void contentSizes()
    {
        QCOMPARE(fieldOf(InputValidator::contentSize(u"content"_s, 1)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::contentSize(u"content"_s, InputValidator::MaxContentBytes)),
                 u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::contentSize(u"content"_s, InputValidator::MaxContentBytes + 1)),
                 u"content"_s);
        QCOMPARE(fieldOf(InputValidator::contentSize(u"content"_s, 0)), u"content"_s);
        // The later spec's cap: 6,250,000 base64 characters.
        QCOMPARE((InputValidator::MaxContentBytes + 2) / 3 * 4, 6'250'000);
    }

    void emails()
    {
        QCOMPARE(fieldOf(InputValidator::email(u"email"_s, u"ann.lee+test@example.co.uk"_s)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::email(u"email"_s, u"ann@localhost"_s)), u"email"_s);
        QCOMPARE(fieldOf(InputValidator::email(u"email"_s, u".ann@example.com"_s)), u"email"_s);
        QCOMPARE(fieldOf(InputValidator::email(u"email"_s, u"ann example.com"_s)), u"email"_s);
        QCOMPARE(fieldOf(InputValidator::email(u"email"_s, QString())), u"email"_s);
    }

    void createDocument()
    {
        CreateDocumentOptions o;
        QCOMPARE(fieldOf(InputValidator::createDocument(10, o)), u"ok"_s);
        o.batchId = u"las:batch:nothex"_s;
        QCOMPARE(fieldOf(InputValidator::createDocument(10, o)), u"batchId"_s);
        o.batchId = u"las:batch:"_s + hex32;
        o.consentId = u"las:document:"_s + hex32;
        QCOMPARE(fieldOf(InputValidator::createDocument(10, o)), u"consentId"_s);
        o.consentId.clear();
        o.groundTruth = QList<GroundTruth>{{u"ok"_s, true}, {u""_s, true}};
        QCOMPARE(fieldOf(InputValidator::createDocument(10, o)), u"groundTruth[1].label"_s);
        o.groundTruth.reset();
        QCOMPARE(fieldOf(InputValidator::createDocument(0, o)), u"content"_s);
    }

    void lists()
    {
        ListDocumentsOptions d;
        d.maxResults = 0;
        QCOMPARE(fieldOf(InputValidator::listDocuments(d)), u"maxResults"_s);
        d.maxResults = 1;
        d.nextToken = QString(4097, u'x');
        QCOMPARE(fieldOf(InputValidator::listDocuments(d)), u"nextToken"_s);
        d.nextToken.clear();
        d.batchId = {u"las:batch:"_s + hex32, u"oops"_s};
        QCOMPARE(fieldOf(InputValidator::listDocuments(d)), u"batchId[1]"_s);
        d.batchId.clear();
        d.consentId = {u"x"_s};
        QCOMPARE(fieldOf(InputValidator::listDocuments(d)), u"consentId[0]"_s);
        QCOMPARE(fieldOf(InputValidator::deleteDocuments({{u"x"_s}})), u"consentId[0]"_s);
        QCOMPARE(fieldOf(InputValidator::deleteDocuments({})), u"ok"_s);

        ListTransitionOptions t;
        t.transitionType = {u"docker"_s, u"manual"_s};
        QCOMPARE(fieldOf(InputValidator::listTransitions(t)), u"ok"_s);
        t.transitionType = {u"lambda"_s};
        QCOMPARE(fieldOf(InputValidator::listTransitions(t)), u"transitionType[0]"_s);

        const QString tid = u"las:transition:"_s + hex32;
        TransitionExecutionListOptions e;
        e.status = {u"running"_s, u"retry"_s};
        e.sortBy = u"startTime"_s;
        e.order = u"descending"_s;
        e.executionId = {u"las:transition-execution:"_s + hex32};
        QCOMPARE(fieldOf(InputValidator::listTransitionExecutions(tid, e)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::listTransitionExecutions(u"t"_s, e)), u"transitionId"_s);
        e.status = {u"done"_s};
        QCOMPARE(fieldOf(InputValidator::listTransitionExecutions(tid, e)), u"status[0]"_s);
        e.status.clear();
        e.sortBy = u"name"_s;
        QCOMPARE(fieldOf(InputValidator::listTransitionExecutions(tid, e)), u"sortBy"_s);
        e.sortBy.clear();
        e.order = u"up"_s;
        QCOMPARE(fieldOf(InputValidator::listTransitionExecutions(tid, e)), u"order"_s);
        e.order.clear();
        e.executionId = {u"las:workflow-execution:"_s + hex32};
        QCOMPARE(fieldOf(InputValidator::listTransitionExecutions(tid, e)), u"executionId[0]"_s);

        ListWorkflowExecutionsOptions w;
        w.status = {u"succeeded"_s};
        QCOMPARE(fieldOf(InputValidator::listWorkflowExecutions(u"las:workflow:"_s + hex32, w)), u"ok"_s);
        w.status = {u"paused"_s};
        QCOMPARE(fieldOf(InputValidator::listWorkflowExecutions(u"las:workflow:"_s + hex32, w)),
                 u"status[0]"_s);
    }

    void predictions()
    {
        const QString doc = u"las:document:"_s + hex32;
        CreatePredictionsOptions o;
        for (int pages : {1, 2, 3}) {
            o.maxPages = pages;
            QCOMPARE(fieldOf(InputValidator::createPrediction(doc, u"las:model:m"_s, o)), u"ok"_s);
        }
        for (int pages : {0, 4, -1}) {
            o.maxPages = pages;
            QCOMPARE(fieldOf(InputValidator::createPrediction(doc, u"las:model:m"_s, o)), u"maxPages"_s);
        }
        o.maxPages.reset();
        o.imageQuality = u"MEDIUM"_s;
        QCOMPARE(fieldOf(InputValidator::createPrediction(doc, u"las:model:m"_s, o)), u"imageQuality"_s);
        o.imageQuality = u"HIGH"_s;
        QCOMPARE(fieldOf(InputValidator::createPrediction(u"x"_s, u"las:model:m"_s, o)), u"documentId"_s);
        QCOMPARE(fieldOf(InputValidator::createPrediction(doc, u"model"_s, o)), u"modelId"_s);
    }

    void transitionsAndExecutions()
    {
        QCOMPARE(fieldOf(InputValidator::createTransition(u"docker"_s, {})), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::createTransition(u"lambda"_s, {})), u"transitionType"_s);
        CreateTransitionOptions o;
        o.parameters = CreateTransitionDockerParams{};
        QCOMPARE(fieldOf(InputValidator::createTransition(u"docker"_s, o)), u"parameters.imageUrl"_s);
        CreateTransitionDockerParams docker;
        docker.imageUrl = u"example/image"_s;
        docker.memory = 4096;
        o.parameters = docker;
        QCOMPARE(fieldOf(InputValidator::createTransition(u"docker"_s, o)), u"parameters.memory"_s);
        docker.memory = 1024;
        docker.cpu = 512;
        o.parameters = docker;
        QCOMPARE(fieldOf(InputValidator::createTransition(u"docker"_s, o)), u"parameters.cpu"_s);
        docker.cpu = 256;
        docker.environmentSecrets = {u"las:secret:x"_s};
        o.parameters = docker;
        QCOMPARE(fieldOf(InputValidator::createTransition(u"docker"_s, o)),
                 u"parameters.environmentSecrets[0]"_s);
        docker.environmentSecrets.clear();
        o.parameters = docker;
        QCOMPARE(fieldOf(InputValidator::createTransition(u"docker"_s, o)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::createTransition(u"manual"_s, o)), u"parameters"_s);
        CreateTransitionManualParams manual;
        manual.assets = QJsonObject{{u"jsRemoteComponent"_s, u"las:asset:bad"_s}};
        o.parameters = manual;
        QCOMPARE(fieldOf(InputValidator::createTransition(u"manual"_s, o)),
                 u"parameters.assets.jsRemoteComponent"_s);
        o.name = QString(4097, u'n');
        o.parameters = {};
        QCOMPARE(fieldOf(InputValidator::createTransition(u"manual"_s, o)), u"name"_s);

        const QString tid = u"las:transition:"_s + hex32;
        QCOMPARE(fieldOf(InputValidator::updateTransition(tid, {})), u"data"_s);
        UpdateTransitionOptions u;
        u.description = NullableString{};
        QCOMPARE(fieldOf(InputValidator::updateTransition(tid, u)), u"ok"_s);

        const QString eid = u"las:transition-execution:"_s + hex32;
        UpdateTransitionExecution x;
        QCOMPARE(fieldOf(InputValidator::updateTransitionExecution(tid, eid, x)), u"status"_s);
        for (const QString &s : {u"succeeded"_s, u"failed"_s, u"rejected"_s, u"retry"_s}) {
            x.status = s;
            QCOMPARE(fieldOf(InputValidator::updateTransitionExecution(tid, eid, x)), u"ok"_s);
        }
        x.status = u"running"_s; // a client cannot set a task back to running
        QCOMPARE(fieldOf(InputValidator::updateTransitionExecution(tid, eid, x)), u"status"_s);
        x.status = u"succeeded"_s;
        x.startTime = NullableString(u"yesterday"_s);
        QCOMPARE(fieldOf(InputValidator::updateTransitionExecution(tid, eid, x)), u"startTime"_s);
        x.startTime = NullableString(u"2021-02-16 15:30:45.123456"_s);
        QCOMPARE(fieldOf(InputValidator::updateTransitionExecution(tid, eid, x)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::updateTransitionExecution(tid, u"e"_s, x)), u"executionId"_s);
    }

    void usersWorkflowsSecretsAssets()
    {
        QCOMPARE(fieldOf(InputValidator::createUser(u"a@example.com"_s, {})), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::createUser(u"a@"_s, {})), u"email"_s);
        CreateUserOptions cu;
        cu.avatar = QString(InputValidator::MaxAvatarLength + 1, u'a');
        QCOMPARE(fieldOf(InputValidator::createUser(u"a@example.com"_s, cu)), u"avatar"_s);
        const QString uid = u"las:user:"_s + hex32;
        QCOMPARE(fieldOf(InputValidator::updateUser(uid, {})), u"data"_s);
        UpdateUserOptions uu;
        uu.name = NullableString{};
        QCOMPARE(fieldOf(InputValidator::updateUser(uid, uu)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::updateUser(u"las:user:1"_s, uu)), u"userId"_s);

        WorkflowSpecification spec;
        QCOMPARE(fieldOf(InputValidator::createWorkflow(u"w"_s, spec, {})), u"specification.definition"_s);
        spec.definition = QJsonObject{{u"StartAt"_s, u"a"_s}};
        QCOMPARE(fieldOf(InputValidator::createWorkflow(u"w"_s, spec, {})), u"ok"_s);
        spec.language = u"YAML"_s;
        QCOMPARE(fieldOf(InputValidator::createWorkflow(u"w"_s, spec, {})), u"specification.language"_s);
        spec.language = u"ASL"_s;
        spec.version = u"2.0"_s;
        QCOMPARE(fieldOf(InputValidator::createWorkflow(u"w"_s, spec, {})), u"specification.version"_s);
        spec.version = u"1.0.0"_s;
        CreateWorkflowOptions wo;
        wo.errorConfigEmail = u"nobody"_s;
        QCOMPARE(fieldOf(InputValidator::createWorkflow(u"w"_s, spec, wo)), u"errorConfig.email"_s);
        QCOMPARE(fieldOf(InputValidator::updateWorkflow(u"las:workflow:"_s + hex32, {})), u"data"_s);

        const QString sid = u"las:secret:"_s + hex32;
        QCOMPARE(fieldOf(InputValidator::updateSecret(sid, {})), u"data"_s);
        UpdateSecretOptions so;
        so.data = QJsonObject{{u"k"_s, u"v"_s}};
        QCOMPARE(fieldOf(InputValidator::updateSecret(sid, so)), u"ok"_s);
        CreateSecretOptions cs;
        cs.description = QString(4097, u'd');
        QCOMPARE(fieldOf(InputValidator::createSecret(cs)), u"description"_s);

        const QString aid = u"las:asset:"_s + hex32;
        QCOMPARE(fieldOf(InputValidator::updateAsset(aid, {})), u"data"_s);
        UpdateAssetOptions ua;
        ua.content = QByteArray();
        QCOMPARE(fieldOf(InputValidator::updateAsset(aid, ua)), u"content"_s);
        ua.content = QByteArray("x");
        QCOMPARE(fieldOf(InputValidator::updateAsset(aid, ua)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::createAsset(0, {})), u"content"_s);
        CreateBatchOptions b;
        b.name = QString(4097, u'b');
        QCOMPARE(fieldOf(InputValidator::createBatch(b)), u"name"_s);
    }

    void genericPaths()
    {
        QCOMPARE(fieldOf(InputValidator::relativePath(u"path"_s, u"/documents"_s)), u"ok"_s);
        QCOMPARE(fieldOf(InputValidator::relativePath(u"path"_s, u"/documents/las:document:"_s + hex32)),
                 u"ok"_s);
        for (const QString &bad : {u"documents"_s, u"//evil.example/x"_s, u"/a/../b"_s, u"/a?b=c"_s,
                                   u"/a#f"_s, u"/a b"_s, u"https://evil.example/"_s, QString()})
            QCOMPARE(fieldOf(InputValidator::relativePath(u"path"_s, bad)), u"path"_s);
    }
};

QTEST_GUILESS_MAIN(TestInputValidator)
#include "tst_inputvalidator.moc"
