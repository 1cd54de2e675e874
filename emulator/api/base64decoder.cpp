#include "api/base64decoder.h"

#include <array>

namespace {

constexpr quint8 Invalid = 0xff;

constexpr std::array<quint8, 256> makeTable()
{
    std::array<quint8, 256> table{};
    for (auto &entry : table)
        entry = Invalid;
    for (int i = 0; i < 26; ++i) {
        table['A' + i] = quint8(i);
        table['a' + i] = quint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        table['0' + i] = quint8(52 + i);
    table['+'] = 62;
    table['/'] = 63;
    return table;
}

constexpr std::array<quint8, 256> Table = makeTable();

// The 6-bit value of one character, or Invalid (also for anything outside Latin-1).
inline quint32 sextet(char16_t c)
{
    return c < 256 ? Table[c] : Invalid;
}

} // namespace

std::optional<QByteArray> Base64Decoder::decode(QStringView input)
{
    qsizetype length = input.size();
    // Padding: only as the last one or two characters of input whose length is a multiple of 4.
    if (length > 0 && input[length - 1] == u'=') {
        if (length % 4 != 0)
            return std::nullopt;
        --length;
        if (input[length - 1] == u'=')
            --length;
    }
    QByteArray out(length / 4 * 3 + (length % 4 == 3 ? 2 : length % 4 == 2 ? 1 : 0), Qt::Uninitialized);
    char *o = out.data();
    const char16_t *p = input.utf16();
    const char16_t *const fullEnd = p + (length & ~qsizetype(3));
    for (; p < fullEnd; p += 4) {
        const quint32 a = sextet(p[0]), b = sextet(p[1]), c = sextet(p[2]), d = sextet(p[3]);
        if ((a | b | c | d) & 0xc0) // Invalid has the high bits set; a sextet never does
            return std::nullopt;
        const quint32 v = a << 18 | b << 12 | c << 6 | d;
        o[0] = char(v >> 16);
        o[1] = char(v >> 8);
        o[2] = char(v);
        o += 3;
    }
    // 1..3 trailing characters (a lone one carries no whole byte and is ignored, as Qt does).
    quint32 v = 0;
    int bits = 0;
    for (const char16_t *end = input.utf16() + length; p < end; ++p) {
        const quint32 s = sextet(*p);
        if (s & 0xc0)
            return std::nullopt;
        v = v << 6 | s;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = char(v >> bits);
            v &= (1u << bits) - 1;
        }
    }
    Q_ASSERT(o == out.constData() + out.size());
    return out;
}
