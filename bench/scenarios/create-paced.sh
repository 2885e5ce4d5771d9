# create-paced: the create of create.sh at a fixed offered load below saturation. Each of the 32 connections waits
# a random time (exponential, mean BENCH_DELAY_MS = 100 ms) before its next request, so ~300 creates/s arrive as
# from many independent phones, instead of the next request leaving the moment the previous answer arrives. With
# `create`'s closed loop the latency is the connections divided by the throughput (32 / 460 creates/s = 70 ms on
# 2 cores, whatever the service does); here it is the time a create takes when the machine is not saturated. Run it
# after `create` (the default order): its rounds agree from the start, so its warm-up does not wait for the JIT.
# No duplicate check of its own: `create` makes it, on the same requests.
. "$BENCH_DIR/scenarios/create.sh"
unset -f scn_after
SCN_WARMUP_MIN=0 # create has warmed the path
SCN_NOTE="~300 offered/s"
export BENCH_DELAY_MS=100
