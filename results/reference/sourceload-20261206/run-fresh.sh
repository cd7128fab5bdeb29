#!/bin/bash
# One load per fresh JVM, old and new alternating (old new new old ...), with the nightly's write-fork flags.
F=$(ls /tmp/probe/data/sources/lineitem-sf1-b65536.arrow)
CP=$(cat /tmp/cp.txt):/work/main/suite/target/classes:/tmp/probe/classes
for mode in old new new old old new new old; do
  GLIBC_TUNABLES=glibc.malloc.trim_threshold=4294967296:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864 \
  java --add-opens=java.base/java.nio=ALL-UNNAMED -Darrow.allocation.manager.type=Netty -Xms4g -Xmx4g -XX:+AlwaysPreTouch \
    -XX:MaxDirectMemorySize=14g -cp $CP dev.tpchbench.source.FreshLoadProbe $F $mode 2>&1 | grep -v SLF4J
done
