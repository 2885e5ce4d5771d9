#!/bin/sh
# The image's entry point: the backend with the JVM's class-data archive (the classes a start loads, mapped instead of
# read, parsed and verified again: a start ~20 % shorter). The first start of a container has none yet: it records it
# when it stops, into a temporary file renamed when complete, and every later start of the container uses it.
# CDS=off does without. APP_HOME is the folder of quarkus-run.jar (/deployments).
set -u
home="${APP_HOME:-/deployments}"
cds="${CDS_ARCHIVE:-$home/cds/thidua.jsa}"
jar="$home/quarkus-run.jar"
if [ "${CDS:-on}" = off ]; then
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  exec java $JAVA_OPTS -jar "$jar"
fi
if [ -s "$cds" ]; then
  # shellcheck disable=SC2086
  exec java $JAVA_OPTS -XX:SharedArchiveFile="$cds" -jar "$jar"
fi
mkdir -p "$(dirname "$cds")"
# shellcheck disable=SC2086
# (-Xlog:cds=off: the classes it cannot archive are ~2,800 warnings at exit, none of them a fault)
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$cds.tmp" -Xlog:cds=off -jar "$jar" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT
wait "$pid"
rc=$?
# a signal ends the first wait early: wait again for the JVM to finish (and to write the archive)
while kill -0 "$pid" 2>/dev/null; do
  wait "$pid"
  rc=$?
done
if [ -s "$cds.tmp" ]; then
  mv -f "$cds.tmp" "$cds"
else
  rm -f "$cds.tmp"
fi
exit "$rc"
