// Unit tests of the driver: SHA-256, $CC splitting, cache keys, processes.
// Expected digests and splits come from python3.12 (hashlib.sha256, shlex.split).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "driver/Driver.h"
#include "driver/Files.h"
#include "driver/Process.h"
#include "driver/Sha256.h"
#include "driver/Toolchain.h"

using namespace molt::driver;

TEST(DriverSha256, KnownVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  std::string bytes;
  for (int r = 0; r < 3; ++r)
    for (int i = 0; i < 256; ++i)
      bytes += char(i);
  EXPECT_EQ(sha256Hex(bytes), "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363");
}

TEST(DriverSha256, IncrementalEqualsOneShot) {
  std::string data;
  for (int i = 0; i < 1000; ++i)
    data += char('a' + i % 26);
  for (size_t chunk : {1u, 7u, 63u, 64u, 65u, 500u}) {
    Sha256 h;
    for (size_t i = 0; i < data.size(); i += chunk)
      h.update(std::string_view(data).substr(i, chunk));
    EXPECT_EQ(h.hexDigest(), sha256Hex(data)) << chunk;
  }
}

TEST(DriverSha256, FieldsAreLengthPrefixed) {
  Sha256 a, b;
  a.field("ab");
  a.field("c");
  b.field("a");
  b.field("bc");
  EXPECT_NE(a.hexDigest(), b.hexDigest());
}

TEST(DriverToolchain, SplitCommandLine) {
  using V = std::vector<std::string>;
  EXPECT_EQ(splitCommandLine("ccache gcc"), (V{"ccache", "gcc"}));
  EXPECT_EQ(splitCommandLine("  distcc   gcc -m64 "), (V{"distcc", "gcc", "-m64"}));
  EXPECT_EQ(splitCommandLine("a\\ b \"c d\" 'e f'"), (V{"a b", "c d", "e f"}));
  EXPECT_EQ(splitCommandLine("x\"y\\\"z\"w"), (V{"xy\"zw"}));
  EXPECT_EQ(splitCommandLine("\"\" a"), (V{"", "a"}));
  EXPECT_EQ(splitCommandLine("gcc\t-O2\n-g"), (V{"gcc", "-O2", "-g"}));
  EXPECT_EQ(splitCommandLine(""), V{});
}

TEST(DriverToolchain, JoinCommandLineRoundTrips) {
  std::vector<std::string> argv = {"gcc", "-DX=a b", "it's", "", "plain-1.c"};
  EXPECT_EQ(splitCommandLine(joinCommandLine(argv)), argv);
  EXPECT_EQ(joinCommandLine({"ccache", "gcc", "-O2"}), "ccache gcc -O2");
}

TEST(DriverToolchain, FlagsDifferByMode) { EXPECT_NE(compileFlags(true), compileFlags(false)); }

TEST(DriverCache, ObjectKeysDependOnEveryInput) {
  KeyInputs in;
  in.compilerIdentity = "gcc (Debian 12.2.0) 12.2.0";
  in.flags = compileFlags(false);
  in.runtimeHeadersHash = "h1";
  in.runtimeLibraryHash = "l1";
  CSource unit{"__main__.c", "int main(void) { return 0; }\n"};
  std::string base = objectKey(in, unit);
  EXPECT_EQ(base.size(), 64u);
  EXPECT_EQ(objectKey(in, unit), base);

  KeyInputs other = in;
  other.compilerIdentity = "clang version 16";
  EXPECT_NE(objectKey(other, unit), base);
  other = in;
  other.flags = compileFlags(true);
  EXPECT_NE(objectKey(other, unit), base);
  other = in;
  other.runtimeHeadersHash = "h2";
  EXPECT_NE(objectKey(other, unit), base);
  // The library does not change objects, only executables.
  other = in;
  other.runtimeLibraryHash = "l2";
  EXPECT_EQ(objectKey(other, unit), base);
  CSource u2 = unit;
  u2.code += " ";
  EXPECT_NE(objectKey(in, u2), base);
  u2 = unit;
  u2.fileName = "mod.c";
  EXPECT_NE(objectKey(in, u2), base);
}

TEST(DriverCache, ExecutableKeysDependOnEveryInput) {
  KeyInputs in;
  in.compilerIdentity = "gcc";
  in.runtimeLibraryHash = "l1";
  std::vector<std::string> objs = {"a", "b"};
  std::string base = executableKey(in, objs, {});
  EXPECT_EQ(executableKey(in, objs, {}), base);
  EXPECT_NE(executableKey(in, {"b", "a"}, {}), base);
  EXPECT_NE(executableKey(in, {"ab"}, {}), base);
  EXPECT_NE(executableKey(in, objs, {"-g"}), base);
  KeyInputs other = in;
  other.runtimeLibraryHash = "l2";
  EXPECT_NE(executableKey(other, objs, {}), base);
}

TEST(DriverFiles, Paths) {
  EXPECT_EQ(dirName("a/b/c.py"), "a/b");
  EXPECT_EQ(dirName("c.py"), ".");
  EXPECT_EQ(dirName("/c.py"), "/");
  EXPECT_EQ(baseName("a/b/c.py"), "c.py");
  EXPECT_EQ(joinPath("a", "b"), "a/b");
  EXPECT_EQ(joinPath("a/", "b"), "a/b");
  EXPECT_EQ(joinPath("a", "/b"), "/b");
  EXPECT_EQ(absolutePath("/x/y"), "/x/y");
  EXPECT_EQ(absolutePath("x")[0], '/');
}

TEST(DriverFiles, AtomicWriteAndCacheDir) {
  std::string dir = "/tmp/molt-driver-test-" + std::to_string(::getpid());
  std::string err;
  ASSERT_TRUE(makeDirs(dir + "/a/b", err)) << err;
  std::string path = dir + "/a/b/f.txt";
  ASSERT_TRUE(writeFileAtomic(path, "one", err)) << err;
  ASSERT_TRUE(writeFileAtomic(path, "two", err)) << err;
  std::string data;
  ASSERT_TRUE(readFile(path, data));
  EXPECT_EQ(data, "two");
  removeTree(dir);
  EXPECT_FALSE(isDirectory(dir));

  ::setenv("MOLT_CACHE_DIR", "/tmp/some-cache", 1);
  EXPECT_EQ(cacheDir(), "/tmp/some-cache");
  ::unsetenv("MOLT_CACHE_DIR");
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
  EXPECT_EQ(cacheDir(), "/tmp/xdg/molt");
  ::unsetenv("XDG_CACHE_HOME");
}

TEST(DriverFiles, RelativeCacheDirIsPinned) {
  char cwd[4096];
  ASSERT_NE(::getcwd(cwd, sizeof cwd), nullptr);
  ::setenv("MOLT_CACHE_DIR", "build/c", 1);
  pinCacheEnvironment();
  EXPECT_EQ(std::string(std::getenv("MOLT_CACHE_DIR")), std::string(cwd) + "/build/c");
  // A later change of directory (as for a child process) no longer moves it.
  ASSERT_EQ(::chdir("/"), 0);
  EXPECT_EQ(cacheDir(), std::string(cwd) + "/build/c");
  ASSERT_EQ(::chdir(cwd), 0);
  ::unsetenv("MOLT_CACHE_DIR");
}

TEST(DriverFiles, TrimDirectoryDropsLeastRecentlyUsed) {
  std::string dir = "/tmp/molt-trim-test-" + std::to_string(::getpid());
  std::string err;
  ASSERT_TRUE(makeDirs(dir, err)) << err;
  std::string kb(1024, 'x');
  // Five 1 KiB files, modified one second apart: a is the oldest.
  const char *names[] = {"a", "b", "c", "d", "e"};
  for (int i = 0; i < 5; ++i) {
    std::string p = dir + "/" + names[i];
    ASSERT_TRUE(writeFileAtomic(p, kb, err)) << err;
    struct timespec t[2] = {{1000 + i, 0}, {1000 + i, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, p.c_str(), t, 0), 0);
  }
  ASSERT_TRUE(writeFileAtomic(dir + "/x.tmp.1.0", kb + kb + kb, err)) << err;
  // Under the limit (in-progress ".tmp." files do not count): nothing goes.
  trimDirectory(dir, 5 * 1024);
  for (const char *n : names)
    EXPECT_TRUE(isFile(dir + "/" + n)) << n;
  // b is used again; c is the caller's. Over a 4 KiB limit the oldest go until
  // at most 3 KiB remain: a, then d (b and c are skipped as newer / kept).
  touchFile(dir + "/b");
  trimDirectory(dir, 4 * 1024, dir + "/c");
  EXPECT_FALSE(isFile(dir + "/a"));
  EXPECT_TRUE(isFile(dir + "/b"));
  EXPECT_TRUE(isFile(dir + "/c"));
  EXPECT_FALSE(isFile(dir + "/d"));
  EXPECT_TRUE(isFile(dir + "/e"));
  EXPECT_TRUE(isFile(dir + "/x.tmp.1.0"));
  removeTree(dir);

  ::setenv("MOLT_CACHE_LIMIT_MB", "3", 1);
  EXPECT_EQ(cacheLimitBytes(), uint64_t(3) << 20);
  ::setenv("MOLT_CACHE_LIMIT_MB", "lots", 1);
  EXPECT_EQ(cacheLimitBytes(), uint64_t(2048) << 20);
  ::unsetenv("MOLT_CACHE_LIMIT_MB");
}

TEST(DriverProcess, CapturesOutputAndStatus) {
  ProcessSpec s;
  s.argv = {"sh", "-c", "echo out; echo err >&2; exit 3"};
  ProcessResult r = runProcess(s);
  ASSERT_TRUE(r.started) << r.error;
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_EQ(r.shellStatus(), 3);
}

TEST(DriverProcess, ArgvZeroCwdEnvAndTimeout) {
  ProcessSpec s;
  s.argv = {"prog.py", "-c", "echo \"$0 $(pwd) $MOLT_T\""};
  s.program = "/bin/sh";
  s.cwd = "/";
  s.setEnv = {{"MOLT_T", "v"}};
  ProcessResult r = runProcess(s);
  ASSERT_TRUE(r.started) << r.error;
  EXPECT_EQ(r.out, "prog.py / v\n");

  ProcessSpec t;
  t.argv = {"sh", "-c", "sleep 10"};
  t.timeoutSeconds = 0.2;
  r = runProcess(t);
  EXPECT_TRUE(r.timedOut);
  EXPECT_LT(r.wallSeconds, 5.0);

  ProcessSpec m;
  m.argv = {"molt-no-such-program-xyz"};
  r = runProcess(m);
  EXPECT_FALSE(r.started);
}
