#!/usr/bin/env python3
"""Runs a command (a clean `swift build`, a `swiftc` invocation) and prints every compiler, linker and
plugin-compile job it started: first and last sighting, CPU seconds, and the process states seen.

    Benchmarks/build-jobs.py [--every SECONDS] -- swift build --package-path DIR

A job's row reads `start end wall cpu module kind primaries states`. `kind` is `emit-module` or `c` (a
batch; `primaries` is its number of primary files and the first of them). `states` lists the process
states in the order seen (R running, S sleeping, Z zombie): a job that shows `Z` for seconds has ended,
but its driver has not taken note yet, and nothing it holds back starts meanwhile.

Polling /proc costs CPU of its own (about a tenth of a core at the default 20 ms): compare runs taken
with the same setting, and take timings without it.
"""
import os
import sys
import time
import subprocess

TOOLS = {"swift-frontend", "swiftc", "swift-driver", "clang", "ld.gold", "ld", "ld.lld"}


def describe(args):
    """A short label for a process, or None when it is none of the jobs this script follows."""
    exe = os.path.basename(args[0])
    if exe == "swift-frontend":
        module = args[args.index("-module-name") + 1] if "-module-name" in args else "?"
        primaries = [os.path.basename(args[i + 1]) for i, a in enumerate(args) if a == "-primary-file"]
        if primaries:
            return f"{module} c {len(primaries)} {primaries[0]}"
        return f"{module} {'emit-module' if '-emit-module' in args else ' '.join(args[1:3])}"
    if exe in TOOLS:
        return f"{exe} {' '.join(args[1:3])[:70]}"
    return None


def main():
    argv = sys.argv[1:]
    every = 0.02
    if argv[:1] == ["--every"]:
        every, argv = float(argv[1]), argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        sys.exit(__doc__)
    ticks = os.sysconf("SC_CLK_TCK")
    ignored = set(os.listdir("/proc"))
    jobs = {}  # pid -> [label, first, last, cpu, states]
    start = time.time()
    command = subprocess.Popen(argv)
    while command.poll() is None:
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or pid in ignored:
                continue
            try:
                with open(f"/proc/{pid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                now = time.time() - start
                cpu = (int(fields[11]) + int(fields[12])) / ticks
                if pid in jobs:
                    job = jobs[pid]
                    job[2], job[3] = now, cpu
                    if job[4][-1] != fields[0]:
                        job[4] += fields[0]
                    continue
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    args = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
            except (OSError, IndexError):
                continue
            label = describe(args) if args else None
            if label is None:
                ignored.add(pid)
            else:
                jobs[pid] = [label, now, now, cpu, fields[0]]
        time.sleep(every)
    print(f"total {time.time() - start:.2f} s, exit {command.returncode}", file=sys.stderr)
    for label, first, last, cpu, states in sorted(jobs.values(), key=lambda job: job[1]):
        print(f"{first:6.2f} {last:6.2f} {last - first:5.2f} cpu {cpu:5.2f}  {label}  {states}", file=sys.stderr)
    sys.exit(command.returncode)


if __name__ == "__main__":
    main()
