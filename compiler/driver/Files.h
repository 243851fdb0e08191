// File-system helpers of the driver: whole-file reads, atomic writes,
// directories, the cache location and the path of the running executable.
#pragma once

#include <cstdint>
#include <string>

namespace molt::driver {

/// Reads a whole file into out; false if it cannot be read.
bool readFile(const std::string &path, std::string &out);
/// Writes data to path atomically (temporary file in the same directory, then
/// rename), with the given permission bits; false and err set on failure.
bool writeFileAtomic(const std::string &path, const std::string &data, std::string &err,
                     unsigned mode = 0644);
/// Copies src to dst atomically (see writeFileAtomic); false and err set on failure.
bool copyFileAtomic(const std::string &src, const std::string &dst, std::string &err,
                    unsigned mode = 0755);
/// Creates a directory and its parents (like mkdir -p); false and err set on failure.
bool makeDirs(const std::string &path, std::string &err);
/// Removes a directory tree (or a file); best effort.
void removeTree(const std::string &path);
/// True if path names an existing regular file.
bool isFile(const std::string &path);
/// True if path names an existing directory.
bool isDirectory(const std::string &path);
/// The directory part of a path ("." if none).
std::string dirName(const std::string &path);
/// The last component of a path.
std::string baseName(const std::string &path);
/// Joins two path parts with one '/'.
std::string joinPath(const std::string &a, const std::string &b);
/// The absolute form of a path (relative to the current directory); no symlink resolution.
std::string absolutePath(const std::string &path);
/// The cache directory: $MOLT_CACHE_DIR, else $XDG_CACHE_HOME/molt, else ~/.cache/molt.
std::string cacheDir();
/// Makes a relative $MOLT_CACHE_DIR or $XDG_CACHE_HOME absolute (against the
/// current directory) so that child processes started elsewhere share the cache.
void pinCacheEnvironment();
/// The cache budget in bytes: $MOLT_CACHE_LIMIT_MB MiB, else 2 GiB.
uint64_t cacheLimitBytes();
/// Sets a file's modification time to now (marks a cache entry as recently used).
void touchFile(const std::string &path);
/// Bounds a cache directory: if its files exceed limitBytes in all, deletes the
/// least recently modified ones until at most 3/4 of the limit remains. Files
/// being written (names with ".tmp.") are neither counted nor deleted, nor is
/// the file named keep (the entry the caller is about to use).
void trimDirectory(const std::string &dir, uint64_t limitBytes, const std::string &keep = "");
/// The absolute path of the running executable (/proc/self/exe), or "" if unknown.
std::string selfExePath();

} // namespace molt::driver
