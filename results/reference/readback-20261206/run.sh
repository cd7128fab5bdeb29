#!/bin/bash
# The read-back probe with the nightly write forks' flags; run from the repository root after mvn install.
set -euo pipefail
mvn -q -o -f suite/pom.xml dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
CP=$(cat /tmp/cp.txt):suite/target/classes
rm -rf /tmp/readback-probe-classes
javac -cp "$CP" -d /tmp/readback-probe-classes results/reference/readback-20261206/ReadBackProbe.java
for codec in "$@"; do
  GLIBC_TUNABLES=glibc.malloc.trim_threshold=4294967296:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864 \
    java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -XX:MaxDirectMemorySize=14g --add-opens=java.base/java.nio=ALL-UNNAMED \
    -Darrow.allocation.manager.type=Netty -cp "$CP:/tmp/readback-probe-classes" dev.tpchbench.write.ReadBackProbe "$codec" 16 2>&1 \
    | grep -v WARN
done
