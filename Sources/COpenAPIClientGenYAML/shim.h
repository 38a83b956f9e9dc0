#ifndef CYAML_SHIM_H
#define CYAML_SHIM_H
#include <yaml.h>
// The POSIX functions the generator's command line uses (files, folders, errno, exit). On glibc the generator
// imports them from here rather than through the Glibc overlay, which a debug build would rebuild from its
// interface and index before anything else in every consumer's clean build (see GenerateCommand.swift).
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
