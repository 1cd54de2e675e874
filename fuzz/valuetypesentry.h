#pragma once

#include <cstddef>
#include <cstdint>

// The body of the value-type fuzz target, shared with the corpus replay test (tests/lib/types). Parses the
// bytes as JSON, maps the document (and each member of an object) through every value type's fromJson, and
// checks the round trip toJson → fromJson gives the same value. Aborts on a broken invariant.
int lasFuzzValueTypes(const uint8_t *data, size_t size);
