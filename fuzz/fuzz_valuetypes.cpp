// libFuzzer target: bytes → QJsonDocument → every value type's fromJson (+ round trip).
#include "valuetypesentry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return lasFuzzValueTypes(data, size);
}
