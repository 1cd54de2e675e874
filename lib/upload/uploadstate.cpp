#include "upload/uploadstate.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace las {

namespace {
constexpr std::array<std::pair<UploadState, QLatin1StringView>, 10> kUploadStateNames{{
    {UploadState::Checking, "checking"_L1},
    {UploadState::Waiting, "waiting"_L1},
    {UploadState::Uploading, "uploading"_L1},
    {UploadState::Verifying, "verifying"_L1},
    {UploadState::Predicting, "predicting"_L1},
    {UploadState::Done, "done"_L1},
    {UploadState::Skipped, "skipped"_L1},
    {UploadState::Rejected, "rejected"_L1},
    {UploadState::Failed, "failed"_L1},
    {UploadState::Cancelled, "cancelled"_L1},
}};
} // namespace

QString uploadStateName(UploadState state)
{
    for (const auto &[value, name] : kUploadStateNames) {
        if (value == state)
            return QString(name);
    }
    return QString();
}

bool uploadStateFromName(const QString &name, UploadState *state)
{
    for (const auto &[value, text] : kUploadStateNames) {
        if (name == text) {
            *state = value;
            return true;
        }
    }
    return false;
}

} // namespace las
