#ifndef CYAML_SHIM_H
#define CYAML_SHIM_H
#include <yaml.h>
// The POSIX functions the generator's command line uses (files, folders, errno, exit): on glibc it imports them
// from here, not through the Glibc overlay (OpenAPIClientGenCommandLine/FileSystem.swift says why).
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
