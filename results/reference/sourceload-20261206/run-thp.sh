#!/bin/bash
# One load per fresh JVM (GeneratedTableFile.load as at 07c472c: the "old" mode), glibc's malloc with and without
# transparent huge pages (glibc.malloc.hugetlb=1), alternating; the nightly's write-fork flags otherwise.
F=/tmp/probe/data/sources/lineitem-sf1-b65536.arrow
CP=$(cat /tmp/cp.txt):/work/main/suite/target/classes:/tmp/probe/classes
BASE=glibc.malloc.trim_threshold=4294967296:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864
for thp in 0 1 1 0 0 1 1 0; do
  T=$BASE; [ $thp = 1 ] && T=$BASE:glibc.malloc.hugetlb=1
  echo -n "hugetlb=$thp "
  GLIBC_TUNABLES=$T java --add-opens=java.base/java.nio=ALL-UNNAMED -Darrow.allocation.manager.type=Netty -Xms4g -Xmx4g -XX:+AlwaysPreTouch \
    -XX:MaxDirectMemorySize=14g -cp $CP dev.tpchbench.source.FreshLoadProbe $F old 2>&1 | grep -v SLF4J
done
grep AnonHugePages /proc/meminfo
