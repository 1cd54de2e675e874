#include "workflow/aslmachine.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString RuntimeError = u"States.Runtime"_s;

// ---- paths ("$", "$.a.b", "$.items[0].x") -------------------------------------------------------------

struct PathSegment
{
    QString key; // empty for an index
    int index = -1;
};

std::optional<QList<PathSegment>> parsePath(const QString &path)
{
    if (!path.startsWith(u'$') || path.startsWith(u"$$"_s))
        return std::nullopt;
    QList<PathSegment> segments;
    qsizetype i = 1;
    while (i < path.size()) {
        if (path.at(i) == u'.') {
            qsizetype j = i + 1;
            while (j < path.size() && path.at(j) != u'.' && path.at(j) != u'[')
                ++j;
            if (j == i + 1)
                return std::nullopt;
            segments.append({path.mid(i + 1, j - i - 1), -1});
            i = j;
        } else if (path.at(i) == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                return std::nullopt;
            bool ok = false;
            const int index = path.mid(i + 1, close - i - 1).toInt(&ok);
            if (!ok || index < 0)
                return std::nullopt;
            segments.append({QString(), index});
            i = close + 1;
        } else {
            return std::nullopt;
        }
    }
    return segments;
}

std::optional<QJsonValue> getPath(const QJsonValue &root, const QString &path)
{
    const auto segments = parsePath(path);
    if (!segments)
        return std::nullopt;
    QJsonValue v = root;
    for (const PathSegment &s : *segments) {
        if (s.index >= 0) {
            if (!v.isArray() || s.index >= v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(s.index);
        } else {
            if (!v.isObject() || !v.toObject().contains(s.key))
                return std::nullopt;
            v = v.toObject().value(s.key);
        }
    }
    return v;
}

QJsonValue setIn(const QJsonValue &node, const QList<PathSegment> &segments, qsizetype at,
                 const QJsonValue &value, bool *ok)
{
    if (at == segments.size())
        return value;
    const PathSegment &s = segments.at(at);
    if (s.index >= 0) {
        QJsonArray array = node.toArray();
        if (!node.isArray() || s.index >= array.size()) {
            *ok = false;
            return node;
        }
        array[s.index] = setIn(array.at(s.index), segments, at + 1, value, ok);
        return array;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull()) {
        *ok = false; // cannot add a field to a string, number or array
        return node;
    }
    QJsonObject object = node.toObject();
    object.insert(s.key, setIn(object.value(s.key), segments, at + 1, value, ok));
    return object;
}

std::optional<QJsonValue> setPath(const QJsonValue &root, const QString &path, const QJsonValue &value)
{
    const auto segments = parsePath(path);
    if (!segments)
        return std::nullopt;
    bool ok = true;
    QJsonValue result = setIn(root, *segments, 0, value, &ok);
    if (!ok)
        return std::nullopt;
    return result;
}

// ---- Parameters ---------------------------------------------------------------------------------------

std::optional<QJsonValue> applyParameters(const QJsonObject &parameters, const QJsonValue &input,
                                          QString *error)
{
    QJsonObject out;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.key().endsWith(u".$"_s)) {
            const auto v = getPath(input, it.value().toString());
            if (!v) {
                *error = u"Parameters: path %1 of %2 not found in the input"_s.arg(it.value().toString(),
                                                                                   it.key());
                return std::nullopt;
            }
            out.insert(it.key().chopped(2), *v);
        } else if (it.value().isObject()) {
            const auto v = applyParameters(it.value().toObject(), input, error);
            if (!v)
                return std::nullopt;
            out.insert(it.key(), *v);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return QJsonValue(out);
}

QString validateParameters(const QJsonObject &parameters, const QString &where)
{
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.key().endsWith(u".$"_s)) {
            if (!it.value().isString() || !parsePath(it.value().toString()))
                return u"%1: Parameters field %2 needs a path like \"$.field\" (context paths \"$$\" are not "
                       u"supported)"_s.arg(where, it.key());
        } else if (it.value().isObject()) {
            const QString e = validateParameters(it.value().toObject(), where);
            if (!e.isEmpty())
                return e;
        }
    }
    return {};
}

// InputPath: "$" by default, null gives {}.
std::optional<QJsonValue> applyInputPath(const QJsonObject &state, const QJsonValue &input)
{
    if (!state.contains(u"InputPath"_s))
        return input;
    const QJsonValue p = state.value(u"InputPath"_s);
    if (p.isNull())
        return QJsonValue(QJsonObject());
    return getPath(input, p.toString());
}

std::optional<QJsonValue> applyOutputPath(const QJsonObject &state, const QJsonValue &output)
{
    if (!state.contains(u"OutputPath"_s))
        return output;
    const QJsonValue p = state.value(u"OutputPath"_s);
    if (p.isNull())
        return QJsonValue(QJsonObject());
    return getPath(output, p.toString());
}

// ResultPath: "$" (default) replaces the input by the result, null keeps the input, a path puts the result
// there.
std::optional<QJsonValue> applyResultPath(const QJsonObject &holder, const QJsonValue &input,
                                          const QJsonValue &result)
{
    if (!holder.contains(u"ResultPath"_s))
        return result;
    const QJsonValue p = holder.value(u"ResultPath"_s);
    if (p.isNull())
        return input;
    if (p.toString() == u"$"_s)
        return result;
    return setPath(input, p.toString(), result);
}

// ---- Choice rules --------------------------------------------------------------------------------------

const QStringList &stringOperators()
{
    static const QStringList ops = {u"StringEquals"_s, u"StringLessThan"_s, u"StringGreaterThan"_s,
                                    u"StringLessThanEquals"_s, u"StringGreaterThanEquals"_s};
    return ops;
}
const QStringList &numericOperators()
{
    static const QStringList ops = {u"NumericEquals"_s, u"NumericLessThan"_s, u"NumericGreaterThan"_s,
                                    u"NumericLessThanEquals"_s, u"NumericGreaterThanEquals"_s};
    return ops;
}
const QStringList &booleanOperators()
{
    static const QStringList ops = {u"BooleanEquals"_s, u"IsPresent"_s, u"IsNull"_s,
                                    u"IsString"_s,      u"IsNumeric"_s, u"IsBoolean"_s};
    return ops;
}

QString validateRule(const QJsonObject &rule, const QString &where, int depth)
{
    if (depth > 32)
        return u"%1: Choice rules nested too deeply"_s.arg(where);
    if (rule.contains(u"And"_s) || rule.contains(u"Or"_s)) {
        const QJsonValue list = rule.value(rule.contains(u"And"_s) ? u"And"_s : u"Or"_s);
        if (!list.isArray() || list.toArray().isEmpty())
            return u"%1: And/Or needs a non-empty array of rules"_s.arg(where);
        for (const QJsonValue &r : list.toArray()) {
            if (!r.isObject())
                return u"%1: And/Or items must be objects"_s.arg(where);
            const QString e = validateRule(r.toObject(), where, depth + 1);
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    if (rule.contains(u"Not"_s)) {
        if (!rule.value(u"Not"_s).isObject())
            return u"%1: Not needs a rule object"_s.arg(where);
        return validateRule(rule.value(u"Not"_s).toObject(), where, depth + 1);
    }
    if (!rule.value(u"Variable"_s).isString() || !parsePath(rule.value(u"Variable"_s).toString()))
        return u"%1: a Choice rule needs a Variable path like \"$.field\""_s.arg(where);
    int operators = 0;
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        const QString &k = it.key();
        if (k == u"Variable"_s || k == u"Next"_s || k == u"Comment"_s)
            continue;
        if (stringOperators().contains(k)) {
            if (!it.value().isString())
                return u"%1: %2 needs a string"_s.arg(where, k);
        } else if (numericOperators().contains(k)) {
            if (!it.value().isDouble())
                return u"%1: %2 needs a number"_s.arg(where, k);
        } else if (booleanOperators().contains(k)) {
            if (!it.value().isBool())
                return u"%1: %2 needs true or false"_s.arg(where, k);
        } else {
            return u"%1: unsupported Choice operator %2"_s.arg(where, k);
        }
        ++operators;
    }
    if (operators != 1)
        return u"%1: a Choice rule needs exactly one comparison operator"_s.arg(where);
    return {};
}

bool evaluateRule(const QJsonObject &rule, const QJsonValue &input)
{
    if (rule.contains(u"And"_s)) {
        const QJsonArray list = rule.value(u"And"_s).toArray();
        for (const QJsonValue &r : list)
            if (!evaluateRule(r.toObject(), input))
                return false;
        return true;
    }
    if (rule.contains(u"Or"_s)) {
        const QJsonArray list = rule.value(u"Or"_s).toArray();
        for (const QJsonValue &r : list)
            if (evaluateRule(r.toObject(), input))
                return true;
        return false;
    }
    if (rule.contains(u"Not"_s))
        return !evaluateRule(rule.value(u"Not"_s).toObject(), input);

    const auto v = getPath(input, rule.value(u"Variable"_s).toString());
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        const QString &op = it.key();
        const QJsonValue &operand = it.value();
        if (op == u"IsPresent"_s)
            return v.has_value() == operand.toBool();
        if (!v) // a missing variable compares false (real ASL raises States.Runtime)
            continue;
        if (op == u"IsNull"_s)
            return v->isNull() == operand.toBool();
        if (op == u"IsString"_s)
            return v->isString() == operand.toBool();
        if (op == u"IsNumeric"_s)
            return v->isDouble() == operand.toBool();
        if (op == u"IsBoolean"_s)
            return v->isBool() == operand.toBool();
        if (op == u"BooleanEquals"_s)
            return v->isBool() && v->toBool() == operand.toBool();
        if (stringOperators().contains(op)) {
            if (!v->isString())
                return false;
            const int c = v->toString().compare(operand.toString());
            if (op == u"StringEquals"_s)
                return c == 0;
            if (op == u"StringLessThan"_s)
                return c < 0;
            if (op == u"StringGreaterThan"_s)
                return c > 0;
            if (op == u"StringLessThanEquals"_s)
                return c <= 0;
            return c >= 0;
        }
        if (numericOperators().contains(op)) {
            if (!v->isDouble())
                return false;
            const double a = v->toDouble(), b = operand.toDouble();
            if (op == u"NumericEquals"_s)
                return a == b;
            if (op == u"NumericLessThan"_s)
                return a < b;
            if (op == u"NumericGreaterThan"_s)
                return a > b;
            if (op == u"NumericLessThanEquals"_s)
                return a <= b;
            return a >= b;
        }
    }
    return false;
}

// ---- errors --------------------------------------------------------------------------------------------

bool errorMatches(const QJsonArray &errorEquals, const QString &errorName)
{
    for (const QJsonValue &e : errorEquals) {
        const QString name = e.toString();
        if (name == errorName || name == u"States.ALL"_s)
            return true;
        // States.TaskFailed matches every error except a timeout (ASL).
        if (name == u"States.TaskFailed"_s && errorName != u"States.Timeout"_s)
            return true;
    }
    return false;
}

AslMachine::Step failStep(const QString &error, const QString &cause)
{
    AslMachine::Step s;
    s.kind = AslMachine::Step::Kind::Fail;
    s.error = error;
    s.cause = cause;
    return s;
}

// ---- validation ----------------------------------------------------------------------------------------

QString validateErrorEquals(const QJsonValue &v, const QString &where)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return u"%1: ErrorEquals needs a non-empty array of error names"_s.arg(where);
    for (const QJsonValue &e : v.toArray())
        if (!e.isString() || e.toString().isEmpty())
            return u"%1: ErrorEquals items must be non-empty strings"_s.arg(where);
    return {};
}

QString validateState(const QString &name, const QJsonObject &state,
                      const QHash<QString, QJsonObject> &states)
{
    const QString where = u"state \"%1\""_s.arg(name);
    const QString type = state.value(u"Type"_s).toString();
    static const QHash<QString, QStringList> allowed = {
        {u"Task"_s,
         {u"Resource"_s, u"Next"_s, u"End"_s, u"TimeoutSeconds"_s, u"HeartbeatSeconds"_s, u"Retry"_s,
          u"Catch"_s, u"InputPath"_s, u"OutputPath"_s, u"Parameters"_s, u"ResultPath"_s}},
        {u"Pass"_s,
         {u"Next"_s, u"End"_s, u"Result"_s, u"ResultPath"_s, u"InputPath"_s, u"OutputPath"_s,
          u"Parameters"_s}},
        {u"Choice"_s, {u"Choices"_s, u"Default"_s, u"InputPath"_s, u"OutputPath"_s}},
        {u"Succeed"_s, {u"InputPath"_s, u"OutputPath"_s}},
        {u"Fail"_s, {u"Error"_s, u"Cause"_s}},
    };
    if (!state.value(u"Type"_s).isString())
        return u"%1: Type is missing"_s.arg(where);
    if (!allowed.contains(type))
        return u"%1: state type %2 is not supported (Task, Pass, Choice, Succeed, Fail)"_s.arg(where, type);
    const QStringList &fields = allowed.value(type);
    for (auto it = state.begin(); it != state.end(); ++it)
        if (it.key() != u"Type"_s && it.key() != u"Comment"_s && !fields.contains(it.key()))
            return u"%1: field %2 is not supported in a %3 state"_s.arg(where, it.key(), type);

    auto checkNext = [&](const QJsonValue &next, const QString &field) -> QString {
        if (!next.isString() || next.toString().isEmpty())
            return u"%1: %2 must name a state"_s.arg(where, field);
        if (!states.contains(next.toString()))
            return u"%1: %2 names unknown state \"%3\""_s.arg(where, field, next.toString());
        return {};
    };
    auto checkPath = [&](const QString &field) -> QString {
        if (!state.contains(field) || state.value(field).isNull())
            return {};
        if (!state.value(field).isString() || !parsePath(state.value(field).toString()))
            return u"%1: %2 must be null or a path like \"$.field\""_s.arg(where, field);
        return {};
    };
    for (const QString &field : {u"InputPath"_s, u"OutputPath"_s, u"ResultPath"_s}) {
        const QString e = checkPath(field);
        if (!e.isEmpty())
            return e;
    }
    if (state.contains(u"Parameters"_s)) {
        if (!state.value(u"Parameters"_s).isObject())
            return u"%1: Parameters must be an object"_s.arg(where);
        const QString e = validateParameters(state.value(u"Parameters"_s).toObject(), where);
        if (!e.isEmpty())
            return e;
    }
    if (type == u"Task"_s || type == u"Pass"_s) {
        const bool hasNext = state.contains(u"Next"_s);
        const bool end = state.value(u"End"_s).toBool();
        if (state.contains(u"End"_s) && !state.value(u"End"_s).isBool())
            return u"%1: End must be true or false"_s.arg(where);
        if (hasNext == end)
            return u"%1: needs exactly one of Next or \"End\": true"_s.arg(where);
        if (hasNext) {
            const QString e = checkNext(state.value(u"Next"_s), u"Next"_s);
            if (!e.isEmpty())
                return e;
        }
    }
    if (type == u"Task"_s) {
        if (!state.value(u"Resource"_s).isString() || state.value(u"Resource"_s).toString().isEmpty())
            return u"%1: Resource (a transition ID) is missing"_s.arg(where);
        if (state.contains(u"ResultPath"_s) && state.value(u"ResultPath"_s).toString() != u"$"_s)
            return u"%1: ResultPath of a Task state must be \"$\" in las-emulator"_s.arg(where);
        for (const QString &field : {u"TimeoutSeconds"_s, u"HeartbeatSeconds"_s}) {
            if (!state.contains(field))
                continue;
            const QJsonValue t = state.value(field);
            if (!t.isDouble() || t.toDouble() < 1 || t.toDouble() != std::floor(t.toDouble()) ||
                t.toDouble() > 99999999)
                return u"%1: %2 must be a positive integer"_s.arg(where, field);
        }
        if (state.contains(u"Retry"_s)) {
            if (!state.value(u"Retry"_s).isArray())
                return u"%1: Retry must be an array"_s.arg(where);
            for (const QJsonValue &r : state.value(u"Retry"_s).toArray()) {
                if (!r.isObject())
                    return u"%1: Retry items must be objects"_s.arg(where);
                const QJsonObject retrier = r.toObject();
                for (auto it = retrier.begin(); it != retrier.end(); ++it)
                    if (!QStringList{u"ErrorEquals"_s, u"MaxAttempts"_s, u"IntervalSeconds"_s,
                                     u"BackoffRate"_s, u"Comment"_s}
                             .contains(it.key()))
                        return u"%1: field %2 is not supported in a retrier"_s.arg(where, it.key());
                QString e = validateErrorEquals(retrier.value(u"ErrorEquals"_s), where + u" Retry"_s);
                if (!e.isEmpty())
                    return e;
                if (retrier.contains(u"MaxAttempts"_s) && (!retrier.value(u"MaxAttempts"_s).isDouble() ||
                                                           retrier.value(u"MaxAttempts"_s).toDouble() < 0))
                    return u"%1: MaxAttempts must be a non-negative integer"_s.arg(where);
                if (retrier.contains(u"IntervalSeconds"_s) &&
                    (!retrier.value(u"IntervalSeconds"_s).isDouble() ||
                     retrier.value(u"IntervalSeconds"_s).toDouble() < 0))
                    return u"%1: IntervalSeconds must be a non-negative integer"_s.arg(where);
                if (retrier.contains(u"BackoffRate"_s) && (!retrier.value(u"BackoffRate"_s).isDouble() ||
                                                           retrier.value(u"BackoffRate"_s).toDouble() < 1))
                    return u"%1: BackoffRate must be a number of at least 1"_s.arg(where);
            }
        }
        if (state.contains(u"Catch"_s)) {
            if (!state.value(u"Catch"_s).isArray())
                return u"%1: Catch must be an array"_s.arg(where);
            for (const QJsonValue &c : state.value(u"Catch"_s).toArray()) {
                if (!c.isObject())
                    return u"%1: Catch items must be objects"_s.arg(where);
                const QJsonObject catcher = c.toObject();
                for (auto it = catcher.begin(); it != catcher.end(); ++it)
                    if (!QStringList{u"ErrorEquals"_s, u"Next"_s, u"ResultPath"_s, u"Comment"_s}.contains(
                            it.key()))
                        return u"%1: field %2 is not supported in a catcher"_s.arg(where, it.key());
                QString e = validateErrorEquals(catcher.value(u"ErrorEquals"_s), where + u" Catch"_s);
                if (e.isEmpty())
                    e = checkNext(catcher.value(u"Next"_s), u"Catch Next"_s);
                if (e.isEmpty() && catcher.contains(u"ResultPath"_s) &&
                    !catcher.value(u"ResultPath"_s).isNull() &&
                    !parsePath(catcher.value(u"ResultPath"_s).toString()))
                    e = u"%1: Catch ResultPath must be null or a path like \"$.error\""_s.arg(where);
                if (!e.isEmpty())
                    return e;
            }
        }
    }
    if (type == u"Choice"_s) {
        const QJsonValue choices = state.value(u"Choices"_s);
        if (!choices.isArray() || choices.toArray().isEmpty())
            return u"%1: Choices needs a non-empty array"_s.arg(where);
        for (const QJsonValue &c : choices.toArray()) {
            if (!c.isObject())
                return u"%1: Choices items must be objects"_s.arg(where);
            QString e = checkNext(c.toObject().value(u"Next"_s), u"Choices Next"_s);
            if (e.isEmpty())
                e = validateRule(c.toObject(), where, 0);
            if (!e.isEmpty())
                return e;
        }
        if (state.contains(u"Default"_s)) {
            const QString e = checkNext(state.value(u"Default"_s), u"Default"_s);
            if (!e.isEmpty())
                return e;
        }
    }
    if (type == u"Fail"_s) {
        for (const QString &field : {u"Error"_s, u"Cause"_s})
            if (state.contains(field) && !state.value(field).isString())
                return u"%1: %2 must be a string"_s.arg(where, field);
    }
    return {};
}

} // namespace

std::optional<AslMachine> AslMachine::fromDefinition(const QJsonObject &definition, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<AslMachine> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (auto it = definition.begin(); it != definition.end(); ++it)
        if (!QStringList{u"StartAt"_s, u"States"_s, u"Comment"_s, u"Version"_s, u"TimeoutSeconds"_s}.contains(
                it.key()))
            return fail(u"definition: field %1 is not supported"_s.arg(it.key()));
    if (!definition.value(u"StartAt"_s).isString() || definition.value(u"StartAt"_s).toString().isEmpty())
        return fail(u"definition: StartAt is missing"_s);
    if (!definition.value(u"States"_s).isObject() || definition.value(u"States"_s).toObject().isEmpty())
        return fail(u"definition: States must be a non-empty object"_s);

    AslMachine machine;
    machine.m_startAt = definition.value(u"StartAt"_s).toString();
    const QJsonObject states = definition.value(u"States"_s).toObject();
    for (auto it = states.begin(); it != states.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > 80)
            return fail(u"definition: state names must have 1..80 characters"_s);
        if (!it.value().isObject())
            return fail(u"state \"%1\": must be an object"_s.arg(it.key()));
        machine.m_states.insert(it.key(), it.value().toObject());
        machine.m_order.append(it.key());
    }
    if (!machine.m_states.contains(machine.m_startAt))
        return fail(u"definition: StartAt names unknown state \"%1\""_s.arg(machine.m_startAt));
    for (const QString &name : std::as_const(machine.m_order)) {
        const QString e = validateState(name, machine.m_states.value(name), machine.m_states);
        if (!e.isEmpty())
            return fail(e);
    }
    return machine;
}

AslMachine::Step AslMachine::start(const QJsonValue &input) const
{
    return runFrom(m_startAt, input);
}

AslMachine::Step AslMachine::runFrom(const QString &stateName, const QJsonValue &input) const
{
    QString name = stateName;
    QJsonValue value = input;
    for (int step = 0; step < MaxInternalSteps; ++step) {
        if (!m_states.contains(name))
            return failStep(RuntimeError, u"unknown state \"%1\""_s.arg(name));
        const QJsonObject state = m_states.value(name);
        const QString type = state.value(u"Type"_s).toString();
        const auto effective = applyInputPath(state, value);
        if (!effective)
            return failStep(RuntimeError, u"state \"%1\": InputPath not found in the input"_s.arg(name));

        if (type == u"Task"_s) {
            QJsonValue taskInput = *effective;
            if (state.contains(u"Parameters"_s)) {
                QString e;
                const auto p = applyParameters(state.value(u"Parameters"_s).toObject(), taskInput, &e);
                if (!p)
                    return failStep(RuntimeError, u"state \"%1\": %2"_s.arg(name, e));
                taskInput = *p;
            }
            Step s;
            s.kind = Step::Kind::RunTask;
            s.stateName = name;
            s.resource = state.value(u"Resource"_s).toString();
            s.input = taskInput;
            s.timeoutSeconds = state.value(u"TimeoutSeconds"_s).toInt();
            return s;
        }
        if (type == u"Succeed"_s) {
            const auto out = applyOutputPath(state, *effective);
            if (!out)
                return failStep(RuntimeError, u"state \"%1\": OutputPath not found"_s.arg(name));
            Step s;
            s.kind = Step::Kind::Succeed;
            s.stateName = name;
            s.input = *out;
            return s;
        }
        if (type == u"Fail"_s) {
            Step s = failStep(state.value(u"Error"_s).toString(u"States.Fail"_s),
                              state.value(u"Cause"_s).toString());
            s.stateName = name;
            return s;
        }
        if (type == u"Pass"_s) {
            QJsonValue result = *effective;
            if (state.contains(u"Parameters"_s)) {
                QString e;
                const auto p = applyParameters(state.value(u"Parameters"_s).toObject(), result, &e);
                if (!p)
                    return failStep(RuntimeError, u"state \"%1\": %2"_s.arg(name, e));
                result = *p;
            }
            if (state.contains(u"Result"_s))
                result = state.value(u"Result"_s);
            const auto merged = applyResultPath(state, *effective, result);
            if (!merged)
                return failStep(RuntimeError, u"state \"%1\": ResultPath cannot be applied"_s.arg(name));
            const auto out = applyOutputPath(state, *merged);
            if (!out)
                return failStep(RuntimeError, u"state \"%1\": OutputPath not found"_s.arg(name));
            if (state.value(u"End"_s).toBool()) {
                Step s;
                s.kind = Step::Kind::Succeed;
                s.stateName = name;
                s.input = *out;
                return s;
            }
            name = state.value(u"Next"_s).toString();
            value = *out;
            continue;
        }
        if (type == u"Choice"_s) {
            QString next;
            const QJsonArray choices = state.value(u"Choices"_s).toArray();
            for (const QJsonValue &c : choices) {
                if (evaluateRule(c.toObject(), *effective)) {
                    next = c.toObject().value(u"Next"_s).toString();
                    break;
                }
            }
            if (next.isEmpty())
                next = state.value(u"Default"_s).toString();
            if (next.isEmpty())
                return failStep(u"States.NoChoiceMatched"_s,
                                u"state \"%1\": no choice matched and there is no Default"_s.arg(name));
            const auto out = applyOutputPath(state, *effective);
            if (!out)
                return failStep(RuntimeError, u"state \"%1\": OutputPath not found"_s.arg(name));
            name = next;
            value = *out;
            continue;
        }
        return failStep(RuntimeError, u"state \"%1\": unsupported type %2"_s.arg(name, type));
    }
    return failStep(
        RuntimeError,
        u"more than %1 Pass/Choice states ran without reaching a Task or an end state (a loop?)"_s.arg(
            MaxInternalSteps));
}

AslMachine::Step AslMachine::continueAfter(const QJsonObject &state, const QJsonValue &output) const
{
    if (state.value(u"End"_s).toBool()) {
        Step s;
        s.kind = Step::Kind::Succeed;
        s.input = output;
        return s;
    }
    return runFrom(state.value(u"Next"_s).toString(), output);
}

AslMachine::Step AslMachine::afterTaskSucceeded(const QString &stateName, const QJsonValue &taskOutput) const
{
    const QJsonObject state = m_states.value(stateName);
    if (state.value(u"Type"_s).toString() != u"Task"_s)
        return failStep(RuntimeError, u"\"%1\" is not a Task state of this workflow"_s.arg(stateName));
    const auto out = applyOutputPath(state, taskOutput);
    if (!out)
        return failStep(RuntimeError,
                        u"state \"%1\": OutputPath not found in the task output"_s.arg(stateName));
    Step s = continueAfter(state, *out);
    if (s.kind == Step::Kind::Succeed && s.stateName.isEmpty())
        s.stateName = stateName;
    return s;
}

AslMachine::Step AslMachine::afterTaskFailed(const QString &stateName, const QString &errorName,
                                             const QString &cause, int attempts,
                                             const QJsonValue &stateInput) const
{
    const QJsonObject state = m_states.value(stateName);
    if (state.value(u"Type"_s).toString() != u"Task"_s)
        return failStep(RuntimeError, u"\"%1\" is not a Task state of this workflow"_s.arg(stateName));

    // The first retrier whose ErrorEquals matches decides; when it is used up, the catchers are next (ASL).
    const QJsonArray retriers = state.value(u"Retry"_s).toArray();
    for (const QJsonValue &r : retriers) {
        const QJsonObject retrier = r.toObject();
        if (!errorMatches(retrier.value(u"ErrorEquals"_s).toArray(), errorName))
            continue;
        const int maxAttempts = retrier.value(u"MaxAttempts"_s).toInt(3);
        const int retriesSoFar = std::max(0, attempts - 1);
        if (retriesSoFar < maxAttempts) {
            Step s;
            s.kind = Step::Kind::RunTask;
            s.stateName = stateName;
            s.resource = state.value(u"Resource"_s).toString();
            s.input = stateInput;
            s.timeoutSeconds = state.value(u"TimeoutSeconds"_s).toInt();
            const double interval = retrier.value(u"IntervalSeconds"_s).toDouble(1);
            const double backoff = retrier.value(u"BackoffRate"_s).toDouble(2.0);
            const double delay = interval * std::pow(backoff, std::min(retriesSoFar, 60));
            s.retryDelaySeconds = int(std::min(delay, 86400.0));
            return s;
        }
        break;
    }
    const QJsonArray catchers = state.value(u"Catch"_s).toArray();
    for (const QJsonValue &c : catchers) {
        const QJsonObject catcher = c.toObject();
        if (!errorMatches(catcher.value(u"ErrorEquals"_s).toArray(), errorName))
            continue;
        const QJsonObject errorOutput{{u"Error"_s, errorName}, {u"Cause"_s, cause}};
        const auto merged = applyResultPath(catcher, stateInput, errorOutput);
        if (!merged)
            return failStep(RuntimeError,
                            u"state \"%1\": Catch ResultPath cannot be applied"_s.arg(stateName));
        return runFrom(catcher.value(u"Next"_s).toString(), *merged);
    }
    Step s = failStep(errorName, cause);
    s.stateName = stateName;
    return s;
}

QStringList AslMachine::transitionIds() const
{
    QStringList ids;
    for (const QString &name : m_order) {
        const QJsonObject state = m_states.value(name);
        if (state.value(u"Type"_s).toString() == u"Task"_s) {
            const QString r = state.value(u"Resource"_s).toString();
            if (!ids.contains(r))
                ids.append(r);
        }
    }
    return ids;
}
