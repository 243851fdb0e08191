// SHA-512 (FIPS 180-4), used by random.seed() for str/bytes seeds: CPython
// hashes the seed bytes with SHA-512 and seeds from bytes + digest.
#pragma once

#include <cstddef>
#include <cstdint>

namespace molt::rt {

/// Writes the 64-byte SHA-512 digest of data[0..n) to out.
void sha512(const unsigned char *data, size_t n, unsigned char out[64]);

} // namespace molt::rt
