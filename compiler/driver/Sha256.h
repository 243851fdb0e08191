// SHA-256 (FIPS 180-4), used for the driver's content-addressed caches.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace molt::driver {

/// Incremental SHA-256 hasher.
class Sha256 {
public:
  Sha256();
  /// Feeds bytes into the hash.
  void update(const void *data, size_t len);
  /// Feeds a string's bytes.
  void update(std::string_view s) { update(s.data(), s.size()); }
  /// Feeds a length-prefixed field, so that ("ab","c") and ("a","bc") differ.
  void field(std::string_view s);
  /// Finishes and returns the 32-byte digest (the hasher must not be reused).
  std::array<uint8_t, 32> digest();
  /// Finishes and returns the digest as 64 lowercase hex digits.
  std::string hexDigest();

private:
  void block(const uint8_t *p);
  uint32_t h_[8];
  uint8_t buf_[64];
  size_t bufLen_ = 0;
  uint64_t total_ = 0;
};

/// SHA-256 of a byte string, as 64 lowercase hex digits.
std::string sha256Hex(std::string_view data);

} // namespace molt::driver
