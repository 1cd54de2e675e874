#include "auth/tokenstore.h"

using namespace Qt::StringLiterals;

namespace las {

TokenStore::~TokenStore() = default;

Error TokenStore::Result::error() const
{
    switch (status) {
    case Status::Ok:
        return Error();
    case Status::NotFound:
        return Error(Error::Kind::Auth, u"Not signed in"_s);
    case Status::Unavailable:
        return Error(Error::Kind::KeychainUnavailable,
                     message.isEmpty() ? u"The keychain is unavailable or locked"_s
                                       : u"The keychain is unavailable or locked: "_s + message);
    }
    return Error();
}

} // namespace las
