#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal, as a person at a terminal would, for the CLI tests.

Usage: pty_run.py [--answer TEXT] -- COMMAND [ARGS...]

Standard input, output and error of COMMAND are the terminal. When the output shows "[y/N]", TEXT and a
newline are typed. Prints everything COMMAND wrote to the terminal and exits with its status. Gives up
after 30 s without output. Standard library only.
"""
import os, pty, select, sys


def main():
    args = sys.argv[1:]
    answer = None
    if args[:1] == ["--answer"]:
        answer, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(args[0], args)
    output = b""
    answered = False
    while True:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            os.kill(pid, 9)
            break
        try:
            data = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        output += data
        if answer is not None and not answered and b"[y/N]" in output:
            os.write(fd, (answer + "\n").encode())
            answered = True
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(output)
    sys.stdout.flush()
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
