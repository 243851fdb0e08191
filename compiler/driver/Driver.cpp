// The build driver: cached, parallel compilation and linking.
#include "driver/Driver.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <dirent.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "driver/Files.h"
#include "driver/Process.h"
#include "driver/Sha256.h"

namespace molt::driver {

bool findRuntime(RuntimeLayout &rt, std::string &err, Target target) {
  const char *env = std::getenv("MOLT_HOME");
  std::string home;
  if (env && *env) {
    home = absolutePath(env);
  } else {
    std::string exe = selfExePath();
    if (exe.empty()) {
      err = "cannot locate the molt executable (/proc/self/exe); set MOLT_HOME";
      return false;
    }
    home = joinPath(dirName(dirName(exe)), "lib/molt");
  }
  rt.home = home;
  rt.includeDir = joinPath(home, "include");
  rt.library = joinPath(home, "libmolt_rt.a");
  if (target == Target::Wasm) {
    rt.library = joinPath(home, "wasm32-wasi/libmolt_rt.a");
    if (isFile(joinPath(rt.includeDir, "molt/molt.h")) && !isFile(rt.library)) {
      err = "the wasm32-wasi runtime is missing from '" + home +
            "' (expected wasm32-wasi/libmolt_rt.a; run `make deps` to install the wasm "
            "toolchain, then rebuild molt)";
      return false;
    }
  }
  if (!isFile(joinPath(rt.includeDir, "molt/molt.h")) || !isFile(rt.library)) {
    err = "the Molt runtime is missing from '" + home +
          "' (expected include/molt/molt.h and libmolt_rt.a; rebuild molt or set MOLT_HOME)";
    return false;
  }
  return true;
}

std::string objectKey(const KeyInputs &in, const CSource &unit) {
  Sha256 h;
  h.field("molt-object-v1");
  h.field(in.compilerIdentity);
  for (const std::string &f : in.flagsOf(unit))
    h.field(f);
  h.field("|");
  h.field(in.runtimeHeadersHash);
  h.field(unit.fileName);
  h.field(unit.code);
  return h.hexDigest();
}

std::string executableKey(const KeyInputs &in, const std::vector<std::string> &objectKeys,
                          const std::vector<std::string> &linkFlags) {
  Sha256 h;
  h.field("molt-executable-v1");
  h.field(in.compilerIdentity);
  for (const std::string &f : linkFlags)
    h.field(f);
  h.field("|");
  h.field(in.runtimeLibraryHash);
  for (const std::string &k : objectKeys)
    h.field(k);
  return h.hexDigest();
}

std::string hashRuntimeHeaders(const std::string &includeDir) {
  std::string dir = joinPath(includeDir, "molt");
  std::vector<std::string> names;
  if (DIR *d = ::opendir(dir.c_str())) {
    while (struct dirent *e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 2 && n.compare(n.size() - 2, 2, ".h") == 0) names.push_back(n);
    }
    ::closedir(d);
  }
  if (names.empty()) return "";
  std::sort(names.begin(), names.end());
  Sha256 h;
  for (const std::string &n : names) {
    std::string data;
    readFile(joinPath(dir, n), data);
    h.field(n);
    h.field(data);
  }
  return h.hexDigest();
}

namespace {

/// SHA-256 of a (large) file, memoized in the cache by (size, mtime, inode).
std::string hashFileMemo(const std::string &path, const std::string &cache) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return "";
  std::string stamp = std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
                      std::to_string(st.st_mtim.tv_nsec) + " " + std::to_string(st.st_ino) + " " +
                      path;
  std::string memo = joinPath(joinPath(cache, "filehash"), sha256Hex(path));
  std::string old;
  if (readFile(memo, old)) {
    size_t nl = old.find('\n');
    if (nl != std::string::npos && old.substr(0, nl) == stamp && old.size() == nl + 1 + 64)
      return old.substr(nl + 1);
  }
  std::string data;
  if (!readFile(path, data)) return "";
  std::string hash = sha256Hex(data);
  std::string err;
  if (makeDirs(dirName(memo), err)) writeFileAtomic(memo, stamp + "\n" + hash, err);
  return hash;
}

/// A file name usable in one flat directory.
std::string flatName(const std::string &name) {
  std::string s;
  for (char c : name)
    s += c == '/' ? '_' : c;
  if (s.empty() || s[0] == '.' || s[0] == '-') s = "u" + s;
  if (s.size() < 2 || s.compare(s.size() - 2, 2, ".c") != 0) s += ".c";
  return s;
}

std::atomic<unsigned> workCounter{0};

/// A fresh private directory under the cache for one compiler run.
std::string newWorkDir(const std::string &cache, std::string &err) {
  std::string dir = joinPath(joinPath(cache, "work"),
                             std::to_string(::getpid()) + "-" + std::to_string(workCounter++));
  removeTree(dir);
  if (!makeDirs(dir, err)) return "";
  return dir;
}

} // namespace

BuildResult buildExecutable(const BuildRequest &req, const Toolchain &tc, const RuntimeLayout &rt) {
  BuildResult res;
  std::string cache = cacheDir();
  std::string err;
  for (const char *sub : {"obj", "bin", "work"})
    if (!makeDirs(joinPath(cache, sub), err)) {
      res.error = err;
      return res;
    }
  if (req.units.empty()) {
    res.error = "nothing to compile";
    return res;
  }

  KeyInputs in;
  in.compilerIdentity = tc.identity;
  in.flags = compileFlags(req.dev, tc.target);
  in.libraryFlags = compileFlags(req.dev, tc.target, true);
  in.runtimeHeadersHash = hashRuntimeHeaders(rt.includeDir);
  in.runtimeLibraryHash = hashFileMemo(rt.library, cache);
  if (in.runtimeLibraryHash.empty()) {
    res.error = "cannot read the runtime library '" + rt.library + "'";
    return res;
  }

  struct Job {
    CSource unit;
    std::string key, object;
  };
  std::vector<Job> jobs;
  std::vector<std::string> objectKeys;
  for (const CSource &u : req.units) {
    Job j;
    j.unit = {flatName(u.fileName), u.code, u.library};
    j.key = objectKey(in, j.unit);
    j.object = joinPath(joinPath(cache, "obj"), j.key + ".o");
    objectKeys.push_back(j.key);
    if (isFile(j.object)) {
      touchFile(j.object);
      ++res.reused;
      continue;
    }
    jobs.push_back(std::move(j));
  }

  std::vector<std::string> lflags = linkFlags(req.dev, tc.target);
  std::vector<std::string> keyFlags = lflags;
  std::vector<std::string> optFlags;
  if (tc.target == Target::Wasm && !req.dev) {
    optFlags = wasmOptFlags();
    keyFlags.push_back("wasm-opt");
    keyFlags.insert(keyFlags.end(), optFlags.begin(), optFlags.end());
  }
  res.key = executableKey(in, objectKeys, keyFlags);
  res.executable = joinPath(joinPath(cache, "bin"), res.key);
  if (isFile(res.executable)) {
    touchFile(res.executable);
    res.ok = true;
    res.linkReused = true;
    return res;
  }

  // Compile the missing objects, req.jobs at a time.
  std::mutex mu;
  std::vector<std::string> errors;
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (;;) {
      size_t i = next++;
      if (i >= jobs.size()) return;
      Job &j = jobs[i];
      std::string e;
      std::string work = newWorkDir(cache, e);
      if (work.empty()) {
        std::lock_guard<std::mutex> g(mu);
        errors.push_back(e);
        continue;
      }
      if (!writeFileAtomic(joinPath(work, j.unit.fileName), j.unit.code, e)) {
        removeTree(work);
        std::lock_guard<std::mutex> g(mu);
        errors.push_back(e);
        continue;
      }
      ProcessSpec spec;
      spec.argv = tc.cc;
      const std::vector<std::string> &flags = in.flagsOf(j.unit);
      spec.argv.insert(spec.argv.end(), flags.begin(), flags.end());
      spec.argv.push_back("-ffile-prefix-map=" + work + "=.");
      spec.argv.push_back("-ffile-prefix-map=" + rt.includeDir + "=molt-runtime/include");
      spec.argv.push_back("-I" + rt.includeDir);
      spec.argv.insert(spec.argv.end(), {"-c", j.unit.fileName, "-o", "out.o"});
      spec.cwd = work;
      ProcessResult r = runProcess(spec);
      bool ok = r.started && r.exitCode == 0 && !r.timedOut;
      if (ok && ::rename(joinPath(work, "out.o").c_str(), j.object.c_str()) != 0) {
        ok = false;
        r.err = "cannot move the object file into the cache '" + j.object + "'";
      }
      removeTree(work);
      std::lock_guard<std::mutex> g(mu);
      if (ok) {
        ++res.compiled;
      } else {
        errors.push_back("the C compiler failed on " + j.unit.fileName + " (" + r.describe() +
                         ")\ncommand: " + joinCommandLine(spec.argv) + "\n" + r.out + r.err);
      }
    }
  };
  int nthreads = std::max(1, std::min<int>(req.jobs, int(jobs.size())));
  std::vector<std::thread> threads;
  for (int t = 1; t < nthreads; ++t)
    threads.emplace_back(worker);
  worker();
  for (std::thread &t : threads)
    t.join();
  if (!errors.empty()) {
    for (const std::string &e : errors)
      res.error += e;
    return res;
  }

  // Link (in the cache directory, with relative object names).
  std::string tmpName =
      "bin/" + res.key + ".tmp." + std::to_string(::getpid()) + "-" + std::to_string(workCounter++);
  ProcessSpec spec;
  spec.argv = tc.cc;
  spec.argv.insert(spec.argv.end(), lflags.begin(), lflags.end());
  spec.argv.insert(spec.argv.end(), {"-o", tmpName});
  for (const std::string &k : objectKeys)
    spec.argv.push_back("obj/" + k + ".o");
  spec.argv.push_back(rt.library);
  for (const std::string &l : linkLibraries(tc.target))
    spec.argv.push_back(l);
  spec.cwd = cache;
  ProcessResult r = runProcess(spec);
  std::string tmpPath = joinPath(cache, tmpName);
  if (!r.started || r.exitCode != 0 || r.timedOut) {
    ::unlink(tmpPath.c_str());
    res.error = "linking failed (" + r.describe() + ")\ncommand: " + joinCommandLine(spec.argv) +
                "\n" + r.out + r.err;
    return res;
  }
  if (tc.target == Target::Wasm && !req.dev) {
    // Release modules: optimized and stripped by wasm-opt (in place).
    ProcessSpec opt;
    opt.argv = tc.wasmOpt;
    opt.argv.insert(opt.argv.end(), optFlags.begin(), optFlags.end());
    opt.argv.insert(opt.argv.end(), {tmpName, "-o", tmpName + ".opt"});
    opt.cwd = cache;
    ProcessResult o = runProcess(opt);
    ::unlink(tmpPath.c_str());
    if (!o.started || o.exitCode != 0 || o.timedOut ||
        ::rename((tmpPath + ".opt").c_str(), tmpPath.c_str()) != 0) {
      ::unlink((tmpPath + ".opt").c_str());
      res.error = "wasm-opt failed (" + o.describe() + ")\ncommand: " + joinCommandLine(opt.argv) +
                  "\n" + o.out + o.err;
      return res;
    }
  }
  if (::rename(tmpPath.c_str(), res.executable.c_str()) != 0) {
    ::unlink(tmpPath.c_str());
    res.error = "cannot move the executable into the cache '" + res.executable + "'";
    return res;
  }
  // Bound the cache (least recently used first): executables get 3/4 of the
  // budget, objects 1/4 (they are small and let a relink skip compiles).
  uint64_t budget = cacheLimitBytes();
  trimDirectory(joinPath(cache, "bin"), budget / 4 * 3, res.executable);
  trimDirectory(joinPath(cache, "obj"), budget / 4);
  res.ok = true;
  return res;
}

} // namespace molt::driver
